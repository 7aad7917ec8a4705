import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { useMemo } from 'react';
import { useI18n } from './I18nProvider';
import type { Language } from './translate';

/*
 * Dates as the UI shows them: date-fns with the Dutch or (British) English locale, always in the corporation's
 * time (Europe/Amsterdam), whatever the workstation's zone. "donderdag 8 september 2016 12:59" or
 * "Thursday 8 September 2016 12:59" (long), "08-09-2016 12:59" or "08/09/2016 12:59" (short).
 */

type DateInput = Date | string | number;
export type DateStyle = 'short' | 'long';

const locales = { nl, en: enGB } as const;
const datePatterns: Record<Language, Record<DateStyle, string>> = {
  nl: { short: 'dd-MM-yyyy', long: 'EEEE d MMMM yyyy' },
  en: { short: 'dd/MM/yyyy', long: 'EEEE d MMMM yyyy' },
};

const amsterdam = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/**
 * The same moment as a Date whose local fields read Amsterdam's wall clock: date-fns formats local fields, so
 * this is what makes a workstation in another zone show the corporation's time.
 */
function onAmsterdamClock(date: Date): Date {
  const p: Record<string, number> = {};
  for (const part of amsterdam.formatToParts(date)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return new Date(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function render(value: DateInput, language: Language, pattern: string): string {
  const date = toDate(value);
  return date ? format(onAmsterdamClock(date), pattern, { locale: locales[language] }) : '';
}

/** The day of a moment; '' for an invalid date. */
export function formatDate(value: DateInput, language: Language, style: DateStyle = 'short'): string {
  return render(value, language, datePatterns[language][style]);
}

/** The day and time (hours:minutes) of a moment; '' for an invalid date. */
export function formatDateTime(value: DateInput, language: Language, style: DateStyle = 'short'): string {
  return render(value, language, `${datePatterns[language][style]} HH:mm`);
}

/** With seconds, for the audit log (order matters there); an unreadable value is shown as it came. */
export function formatTimestamp(value: string, language: Language): string {
  return render(value, language, `${datePatterns[language].short} HH:mm:ss`) || value;
}

/** A calendar day as the ERP sends it ("2021-01-14", no time): that day, without any zone shift; '—' when absent. */
export function formatDay(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = parseISO(value);
    return isValid(day) ? format(day, datePatterns[language].short, { locale: locales[language] }) : value;
  }
  return formatDate(value, language);
}

/**
 * The formatters for the current UI language. One style on every screen ("08-09-2016 12:59"): a desk worker
 * compares dates across panels, and a mix of long and short forms read as different moments.
 */
export function useDates() {
  const { language } = useI18n();
  return useMemo(
    () => ({
      date: (value: DateInput) => formatDate(value, language),
      dateTime: (value: DateInput) => formatDateTime(value, language),
      timestamp: (value: string) => formatTimestamp(value, language),
      day: (value: string | null | undefined) => formatDay(value, language),
    }),
    [language],
  );
}
