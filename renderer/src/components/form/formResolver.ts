import { zodResolver } from '@hookform/resolvers/zod';
import { get, set, type FieldError, type FieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { Language } from '../../i18n';
import { localizeValidation, zodErrorMap } from '../../i18n/validation';

export interface FormRules<V extends FieldValues> {
  language: Language;
  /** Fields that may not be left blank: they then say `requiredMessage`, whatever else the schema says about them. */
  required?: readonly Path<V>[];
  requiredMessage: (field: Path<V>) => string;
  /** Rules of this form only, on top of the schema (e.g. "repeat the password"); a message wins over the schema's. */
  check?: (values: V) => Partial<Record<Path<V>, string>>;
  /** Every broken rule of a field, joined, instead of the first (the phone number's rules). */
  allMessages?: boolean;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

/** Puts every message of an error tree in the UI language (in place: the tree is the resolver's own, fresh per call). */
function localizeTree(node: unknown, language: Language, allMessages: boolean): void {
  if (typeof node !== 'object' || node === null) return;
  if (isFieldError(node)) {
    const all = allMessages && node.types ? Object.values(node.types).flat() : [];
    const messages = all.filter((m): m is string => typeof m === 'string');
    if (messages.length > 0) node.message = [...new Set(messages.map((m) => localizeValidation(m, language)))].join(' ');
    else if (typeof node.message === 'string') node.message = localizeValidation(node.message, language);
    return;
  }
  for (const child of Object.values(node)) localizeTree(child, language, allMessages);
}

/**
 * zodResolver over the form's schema (the shared route schema behind a small transform), with the messages in
 * the UI language and this form's own `required` and `check` rules.
 */
export function formResolver<V extends FieldValues, B>(schema: z.ZodType<B, V>, rules: FormRules<V>): Resolver<V, unknown, B> {
  const base = zodResolver(schema, { error: zodErrorMap(rules.language) });
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const errors: FieldErrors<V> = result.errors;
    localizeTree(errors, rules.language, rules.allMessages ?? false);
    const extra: Partial<Record<Path<V>, string>> = { ...rules.check?.(values) };
    for (const name of rules.required ?? []) {
      if (isBlank(get(values, name))) extra[name] = rules.requiredMessage(name);
    }
    let added = false;
    for (const [name, message] of Object.entries<string | undefined>(extra)) {
      if (!message) continue;
      set(errors, name, { type: 'custom', message });
      added = true;
    }
    if (!added) return result;
    return { values: {}, errors };
  };
}
