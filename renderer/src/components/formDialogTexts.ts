import type { MessageKey, Params } from '../i18n';
import type { FormDialogTexts } from './FormDialog';

type Translate = (key: MessageKey, params?: Params) => string;
type TextKey<P extends string> = `${P}.${'cancel' | 'save' | 'saving' | 'conflict' | 'reload' | 'gone' | 'invalid' | 'saveFailed'}`;

/**
 * A FormDialog's texts from a feature's messages that follow the common naming (`groups.cancel`, `groups.save`,
 * `groups.saving`, `groups.conflict`, `groups.reload`, `groups.gone`, `groups.invalid`, `groups.saveFailed`);
 * a prefix without all eight keys does not compile.
 */
export function formDialogTexts<P extends string>(t: Translate, prefix: TextKey<P> extends MessageKey ? P : never): FormDialogTexts {
  const key = (name: string) => `${prefix}.${name}` as TextKey<P> & MessageKey;
  return {
    cancel: t(key('cancel')),
    save: t(key('save')),
    saving: t(key('saving')),
    stale: t(key('conflict')),
    reload: t(key('reload')),
    gone: t(key('gone')),
    invalid: t(key('invalid')),
    failed: (message) => t(key('saveFailed'), { message }),
  };
}
