import { describe, expect, it } from 'vitest';
import { emptyWeborderForm, formFromRequest, previewTotal, weborderSchema, type WeborderForm } from '../../../renderer/src/features/weborders/weborderForm';

const filled: WeborderForm = {
  ...emptyWeborderForm,
  partnerId: 3,
  schoolNumber: '5001',
  name: 'CKV Dag',
  event: 'CKV Dag',
  desiredAt: '2030-09-21T14:30',
  students: '28',
  teachers: '2',
  ticketPrice: '12,50',
};

// The new-weborder form: the total shown before sending equals what the server computes, in cents.
describe('new weborder form', () => {
  it('shows the total from the ticket price per person, or the package price', () => {
    expect(previewTotal(filled)).toBe(37_500);
    expect(previewTotal({ ...filled, priceKind: 'package', packagePrice: '450' })).toBe(45_000);
    expect(previewTotal({ ...filled, ticketPrice: 'twaalf' })).toBeNull();
    expect(previewTotal({ ...filled, students: '' })).toBeNull();
  });

  it('sends integer cents and only the chosen price', () => {
    const body = weborderSchema.parse(filled);
    expect(body).toMatchObject({ partnerId: 3, schoolNumber: '5001', students: 28, teachers: 2, ticketPrice: 1250, packagePrice: null });
    expect(body.desiredAt).toBe(new Date('2030-09-21T14:30').toISOString());
    const pkg = weborderSchema.parse({ ...filled, priceKind: 'package', packagePrice: '1.234,56' });
    expect(pkg).toMatchObject({ ticketPrice: null, packagePrice: 123_456 });
  });

  it('refuses a price that is no amount, at the price field', () => {
    const result = weborderSchema.safeParse({ ...filled, ticketPrice: 'twaalf' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('ticketPrice');
  });

  it('fills the form from a teacher request', () => {
    const form = formFromRequest({
      id: 4,
      createdAt: '2030-01-22T09:21:00.000Z',
      partnerId: 2,
      partnerName: 'Theater Utrecht',
      schoolNumber: '5001',
      schoolName: 'De school van CJP',
      teacherName: 'Jennet Sintenie',
      teacherEmail: 'j@example.nl',
      teacherPhone: '0651142188',
      grade: '1',
      level: 'PRO',
      event: 'testen of de button werkt',
      desiredAt: '2030-01-22T09:20:00.000Z',
      students: 1,
      teachers: 1,
      remark: '',
      status: 'open',
      weborderId: null,
      version: 1,
    });
    expect(form).toMatchObject({ partnerId: 2, schoolNumber: '5001', teacher: 'Jennet Sintenie', grade: '1 PRO', students: '1', teachers: '1', event: 'testen of de button werkt' });
    expect(new Date(form.desiredAt).toISOString()).toBe('2030-01-22T09:20:00.000Z');
  });
});
