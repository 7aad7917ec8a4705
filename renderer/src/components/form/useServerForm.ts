import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormHandleSubmit, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { discardDraft, readDraft, writeDraft } from '../../hooks/useDraft';
import { useI18n } from '../../i18n';
import { localizeValidation } from '../../i18n/validation';
import { formProblemOf, serverFieldErrors, type FormProblem } from './formProblem';
import { formResolver } from './formResolver';

export interface ServerFormOptions<V extends FieldValues, B, R> {
  /** Form values → request body; the shared route schema behind a small transform, so the server's rules run here first. */
  schema: z.ZodType<B, V>;
  defaultValues: V;
  /** Keep what is typed in sessionStorage (survives closing, a lost connection, an expired session); never the `omit` fields. */
  draft?: { key: string; omit?: readonly (keyof V & string)[] };
  /** Fields that may not be blank ("Dit veld is verplicht" unless `requiredMessage` says otherwise). */
  required?: readonly Path<V>[];
  requiredMessage?: (field: Path<V>) => string;
  /** This form's own rules on top of the schema, as messages per field. */
  check?: (values: V) => Partial<Record<Path<V>, string>>;
  /** When fields are checked: on submit (then again as they change), as they change, or when left. */
  mode?: 'onSubmit' | 'onChange' | 'onTouched';
  /** Show every broken rule of a field, not only the first. */
  allMessages?: boolean;
  /** The call; `values` for what the body leaves out (the version of an update). */
  send: (body: B, values: V) => Promise<R>;
  /** Last look before sending: false holds the save (e.g. a warning that must be confirmed first). */
  beforeSend?: (body: B, values: V) => boolean;
  /** After a save: the draft is gone already. */
  onSaved?: (result: R, body: B) => void | Promise<void>;
  /**
   * After a 409 on the version: the values to go on with (the server's current data, or what was typed with
   * the new version); null when the thing is gone.
   */
  reload?: (values: V) => Promise<V | null>;
  /** The form field a server field error belongs to (dotted path as the server sends it); default: the same name. */
  fieldFor?: (serverPath: string) => Path<V> | null;
  /** Side effects of a refused save (e.g. refetch a list when the thing turned out to be gone); null: the fields say why. */
  onFailure?: (problem: FormProblem | null) => void;
}

export interface ServerForm<V extends FieldValues, B> {
  form: UseFormReturn<V, unknown, B>;
  /** For a form's onSubmit (or a button): checks, sends, and maps what the server refuses onto the form. */
  submit: ReturnType<UseFormHandleSubmit<V, B>>;
  busy: boolean;
  /** What went wrong besides the fields (their messages are on the fields themselves). */
  problem: FormProblem | null;
  /** Whether any field has a message (the form's own check or the server's). */
  invalid: boolean;
  /** "Opnieuw laden" after a 409: continue with `reload`'s values. */
  reload: () => Promise<void>;
  /** Forget the draft (cancel where a new start should begin from the server's data). */
  discardDraft: () => void;
}

/** The stored draft, field by field, where it still fits the form (a draft from an older build may not). */
function fromDraft<V extends FieldValues>(defaults: V, stored: unknown): V {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const kept: FieldValues = {};
  for (const [key, value] of Object.entries(stored)) {
    const current: unknown = defaults[key];
    if (Object.hasOwn(defaults, key) && (typeof value === typeof current || (current === null && typeof value === 'number'))) kept[key] = value;
  }
  return { ...defaults, ...kept };
}

/** A server path that names one of the form's own (top-level) fields. */
function isField<V extends FieldValues>(values: V, path: string): path is Path<V> {
  return Object.hasOwn(values, path);
}

function withoutKeys(values: FieldValues, omit: readonly string[]): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !omit.includes(key)));
}

/**
 * One form against the server: react-hook-form with the shared zod schema (messages in the UI language), a
 * TanStack mutation, and what the server refuses mapped onto the form — field errors onto their fields, a stale
 * version as "reload" that keeps the input, "gone" when the thing was deleted, a lost connection that keeps it too.
 */
export function useServerForm<V extends FieldValues, B, R>(options: ServerFormOptions<V, B, R>): ServerForm<V, B> {
  const { language, t } = useI18n();
  const draftKey = options.draft?.key;
  // As one string, so an inline list does not subscribe anew on every render.
  const omitted = options.draft?.omit?.join('\n') ?? '';
  const [initial] = useState<V>(() => (draftKey ? fromDraft(options.defaultValues, readDraft(draftKey)) : options.defaultValues));
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const form = useForm<V, unknown, B>({
    // A structural copy: react-hook-form's DefaultValues<V> is the deep-partial of the same object.
    defaultValues: initial as DefaultValues<V>,
    mode: options.mode ?? 'onSubmit',
    criteriaMode: options.allMessages ? 'all' : 'firstError',
    resolver: formResolver(options.schema, {
      language,
      required: options.required,
      requiredMessage: (field) => (options.requiredMessage ? options.requiredMessage(field) : t('form.required')),
      check: options.check,
      allMessages: options.allMessages,
    }),
  });

  useEffect(() => {
    if (!draftKey) return;
    const omit = omitted.split('\n');
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => writeDraft(draftKey, withoutKeys(values, omit)) });
  }, [form, draftKey, omitted]);

  const mutation = useMutation({ mutationFn: ({ body, values }: { body: B; values: V }) => options.send(body, values) });

  const fail = (error: unknown) => {
    const fieldFor = options.fieldFor ?? ((path: string) => (isField(initial, path) ? path : null));
    let mapped = false;
    for (const [path, message] of Object.entries(serverFieldErrors(error))) {
      const field = fieldFor(path);
      if (!field) continue;
      form.setError(field, { type: 'server', message: localizeValidation(message, language) });
      mapped = true;
    }
    const next = mapped ? null : formProblemOf(error);
    setProblem(next);
    options.onFailure?.(next);
  };

  const submit = form.handleSubmit(async (body) => {
    const values = form.getValues();
    if (options.beforeSend && !options.beforeSend(body, values)) return;
    setProblem(null);
    let result: R;
    try {
      result = await mutation.mutateAsync({ body, values });
    } catch (error) {
      fail(error);
      return;
    }
    if (draftKey) discardDraft(draftKey);
    await options.onSaved?.(result, body);
  });

  const reload = async () => {
    if (!options.reload) return;
    try {
      const next = await options.reload(form.getValues());
      if (next === null) {
        setProblem({ kind: 'gone' });
        return;
      }
      form.reset(next);
      setProblem(null);
      mutation.reset();
    } catch (error) {
      fail(error);
    }
  };

  const forget = useCallback(() => {
    if (draftKey) discardDraft(draftKey);
  }, [draftKey]);

  return {
    form,
    submit,
    busy: mutation.isPending,
    problem,
    invalid: Object.keys(form.formState.errors).length > 0,
    reload,
    discardDraft: forget,
  };
}
