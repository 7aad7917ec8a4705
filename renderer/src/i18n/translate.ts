import { en } from './en';
import { nl, type Dictionary, type MessageKey } from './nl';

export type Language = 'nl' | 'en';
export const dictionaries: Record<Language, Dictionary> = { nl, en };

export type Params = Record<string, string | number>;

/** Looks up a message and fills in its {placeholders}; unknown placeholders are left visible. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
