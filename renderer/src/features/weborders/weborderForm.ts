import { z } from 'zod';
import { CreateWeborder, type WeborderRequest } from '../../../../shared/api/weborders';
import { parseEuroCents, weborderTotalCents } from '../../../../shared/domain/weborderMoney';

/** What the new-weborder dialog holds (kept as a draft): text as typed, amounts in euro as typed. */
export interface WeborderForm {
  partnerId: number | null;
  schoolNumber: string;
  name: string;
  grade: string;
  teacher: string;
  teachers: string;
  students: string;
  event: string;
  /** datetime-local: "2030-09-21T14:30" in the workstation's time. */
  desiredAt: string;
  priceKind: 'ticket' | 'package';
  ticketPrice: string;
  packagePrice: string;
  confirmDuplicate: boolean;
}

export const emptyWeborderForm: WeborderForm = {
  partnerId: null,
  schoolNumber: '',
  name: '',
  grade: '',
  teacher: '',
  teachers: '1',
  students: '',
  event: '',
  desiredAt: '',
  priceKind: 'ticket',
  ticketPrice: '',
  packagePrice: '',
  confirmDuplicate: false,
};

/** A local "yyyy-MM-ddTHH:mm" of an ISO moment (for the datetime-local field). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Weborder voorstellen": the request's fields filled in. */
export function formFromRequest(r: WeborderRequest): WeborderForm {
  return {
    ...emptyWeborderForm,
    partnerId: r.partnerId,
    schoolNumber: r.schoolNumber,
    name: r.event,
    grade: [r.grade, r.level].filter(Boolean).join(' '),
    teacher: r.teacherName,
    teachers: String(r.teachers),
    students: String(r.students),
    event: r.event,
    desiredAt: toLocalInput(r.desiredAt),
  };
}

const count = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
const isoOf = (local: string) => {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
};

/** The total the server will compute, shown before sending (null while the input is incomplete). */
export function previewTotal(v: WeborderForm): number | null {
  const students = count(v.students);
  const teachers = count(v.teachers);
  if (!Number.isFinite(students) || !Number.isFinite(teachers)) return null;
  const price = parseEuroCents(v.priceKind === 'ticket' ? v.ticketPrice : v.packagePrice);
  if (price === null) return null;
  return weborderTotalCents(v.priceKind === 'ticket' ? { ticketPriceCents: price, students, teachers } : { packagePriceCents: price, students, teachers });
}

/** Form → the body of POST /weborders, checked with the server's own schema. */
export const weborderSchema = z
  .object({
    partnerId: z.number().nullable(),
    schoolNumber: z.string(),
    name: z.string(),
    grade: z.string(),
    teacher: z.string(),
    teachers: z.string(),
    students: z.string(),
    event: z.string(),
    desiredAt: z.string(),
    priceKind: z.enum(['ticket', 'package']),
    ticketPrice: z.string(),
    packagePrice: z.string(),
    confirmDuplicate: z.boolean(),
  })
  .transform(
    (v): z.input<typeof CreateWeborder> => ({
      partnerId: v.partnerId ?? 0,
      schoolNumber: v.schoolNumber,
      name: v.name,
      grade: v.grade,
      teacher: v.teacher,
      teachers: count(v.teachers),
      students: count(v.students),
      event: v.event,
      desiredAt: isoOf(v.desiredAt),
      ticketPrice: v.priceKind === 'ticket' ? (parseEuroCents(v.ticketPrice) ?? -1) : null,
      packagePrice: v.priceKind === 'package' ? (parseEuroCents(v.packagePrice) ?? -1) : null,
      confirmDuplicate: v.confirmDuplicate,
    }),
  )
  .pipe(CreateWeborder);

/** A server field onto the form's fields. */
export function toFormField(name: string): keyof WeborderForm | null {
  return (Object.keys(emptyWeborderForm) as (keyof WeborderForm)[]).find((k) => k === name) ?? null;
}
