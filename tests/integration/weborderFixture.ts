import { seedWeborders } from '../../server/seed/weborders';
import type { TestServer } from './support/testServer';

/**
 * The demo seed's weborder part on a test server: 12 partners (1–4 active, 5–6 closed, 7–8 rejected, 9–12
 * applications, 9 and 10 overdue), 20 schools (5001 "De school van CJP", budget holder Jennet Sintenie),
 * 60 weborders in every state and 12 open teacher requests.
 */
export async function seedWeborderFixture(s: TestServer): Promise<void> {
  await seedWeborders(s.store, { households: 600, seed: 7, now: s.clock.now() });
}

/** A valid new-weborder body for partner 1 at school 5001 (override what a test needs). */
export function newWeborder(over: Partial<{ partnerId: number; schoolNumber: string; name: string; event: string; desiredAt: string; ticketPrice: number | null; packagePrice: number | null; students: number; teachers: number; confirmDuplicate: boolean }> = {}) {
  return {
    partnerId: 1,
    schoolNumber: '5001',
    name: 'CKV Dag',
    grade: '3',
    teacher: 'Jennet Sintenie',
    teachers: 1,
    students: 1,
    event: 'CKV Dag',
    desiredAt: '2030-09-21T12:30:00.000Z',
    ticketPrice: 50,
    ...over,
  };
}
