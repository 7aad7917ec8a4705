// Fast ISO 8601 strings for the seed: Date.toISOString per row is too slow for tens of millions
// of timestamps, so day strings are precomputed once and times are glued on from small tables.

const DAY_MS = 86_400_000;
const pad2: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export class DayTable {
  /** Day number (days since epoch, UTC) of `now`. */
  readonly today: number;
  private readonly first: number;
  private readonly days: string[];

  /** Covers `yearsBack` years before `now` up to `yearsAhead` years after it. */
  constructor(readonly now: Date, yearsBack = 100, yearsAhead = 2) {
    this.today = Math.floor(now.getTime() / DAY_MS);
    this.first = this.today - Math.ceil(yearsBack * 366);
    const last = this.today + Math.ceil(yearsAhead * 366);
    this.days = new Array<string>(last - this.first + 1);
    for (let d = this.first; d <= last; d++) this.days[d - this.first] = new Date(d * DAY_MS).toISOString().slice(0, 10);
  }

  /** 'YYYY-MM-DD' of the day `offset` days from today (negative: in the past). */
  date(offset: number): string {
    const s = this.days[this.today + offset - this.first];
    if (s === undefined) throw new Error(`Seed date out of range: ${offset} days from today`);
    return s;
  }

  /** Full UTC timestamp on day `offset` at `second` seconds after midnight. */
  at(offset: number, second: number): string {
    const h = Math.floor(second / 3600);
    const m = Math.floor((second % 3600) / 60);
    return `${this.date(offset)}T${pad2[h]}:${pad2[m]}:${pad2[second % 60]}.000Z`;
  }

  /** A timestamp `ms` milliseconds from now (rare rows only: it goes through Date). */
  fromNow(ms: number): string {
    return new Date(this.now.getTime() + ms).toISOString();
  }

  /** Seconds since midnight (UTC) of `now`, to keep "today" timestamps in the past. */
  get secondOfToday(): number {
    return Math.floor((this.now.getTime() - this.today * DAY_MS) / 1000);
  }
}

export interface MonthStart {
  date: string;
  year: number;
  month: number;
  dayOffset: number;
  /** "Huur november 2026" */
  description: string;
}

const MONTHS_NL = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** First days of the last `count` months (oldest first), the last one being the month of `now`. */
export function monthStarts(now: Date, count: number): MonthStart[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  const out: MonthStart[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push({
      date: d.toISOString().slice(0, 10),
      year: d.getUTCFullYear(),
      month: d.getUTCMonth(),
      dayOffset: Math.floor(d.getTime() / DAY_MS) - today,
      description: `Huur ${MONTHS_NL[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    });
  }
  return out;
}
