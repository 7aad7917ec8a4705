/**
 * Dutch display formats, always in Europe/Amsterdam (the corporation's time, whatever the
 * workstation's zone). Built from Intl parts so the output does not depend on ICU's phrasing
 * (e.g. nl-NL's " om " between date and time).
 */
const TIME_ZONE = 'Europe/Amsterdam';

type DateInput = Date | string | number;

const longParts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const shortParts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(date)) if (p.type !== 'literal') out[p.type] = p.value;
  return out;
}

export type DateStyle = 'long' | 'short';

/** "donderdag 8 september 2016" (long) or "08-09-2016" (short); '' for an invalid date. */
export function formatDate(value: DateInput, style: DateStyle = 'short'): string {
  const date = toDate(value);
  if (!date) return '';
  if (style === 'long') {
    const p = parts(longParts, date);
    return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
  }
  const p = parts(shortParts, date);
  return `${p.day}-${p.month}-${p.year}`;
}

/** "donderdag 8 september 2016 12:59" (long) or "08-09-2016 12:59" (short); '' for an invalid date. */
export function formatDateTime(value: DateInput, style: DateStyle = 'short'): string {
  const date = toDate(value);
  if (!date) return '';
  const p = parts(style === 'long' ? longParts : shortParts, date);
  return `${formatDate(date, style)} ${p.hour}:${p.minute}`;
}

/** Cents to "€ 1.234,56" (negative: "€ -1.234,56"); integer arithmetic, no float rounding. */
export function formatEuro(cents: number): string {
  if (!Number.isFinite(cents)) return '';
  const whole = Math.round(cents);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(abs % 100).padStart(2, '0');
  return `€ ${sign}${euros},${rest}`;
}
