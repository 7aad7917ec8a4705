export { I18nProvider, useI18n, useT } from './I18nProvider';
export { translate, type Language, type Params } from './translate';
export type { MessageKey, Dictionary } from './nl';
