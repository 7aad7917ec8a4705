import { Stack, Typography } from '@mui/material';
import type { CustomerOverview } from '../../../../../shared/api/customers';
import { formatEuro } from '../../../../../shared/domain/format';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { Section } from '../ui/Section';
import { SimpleTable } from '../ui/SimpleTable';

/** Financiën, as the portal shows it: open balance, open and closed invoices, payments, payment arrangements. */
export function FinanceSection({ finance }: { finance: CustomerOverview['finance'] }) {
  const t = useT();
  const dates = useDates();
  const euro = (c: number) => formatEuro(c);
  return (
    <Stack spacing={2}>
      <Section title={t('finance.balance')}>
        <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }} color={finance.openBalanceCents > 0 ? 'error' : 'text.primary'} data-testid="open-balance">
          {euro(finance.openBalanceCents)}
        </Typography>
      </Section>
      <Section title={t('finance.open')}>
        <SimpleTable
          label={t('finance.open')}
          rows={finance.openInvoices}
          rowKey={(r) => r.id}
          empty={t('finance.none')}
          columns={[
            { label: t('finance.invoiceNumber'), render: (r) => r.invoiceNumber },
            { label: t('finance.description'), render: (r) => r.description },
            { label: t('finance.invoiceDate'), render: (r) => dates.day(r.invoiceDate) },
            { label: t('finance.dueDate'), render: (r) => dates.day(r.dueDate) },
            { label: t('finance.amount'), render: (r) => euro(r.amountCents), align: 'right' },
            { label: t('finance.paid'), render: (r) => euro(r.paidCents), align: 'right' },
            { label: t('finance.openAmount'), render: (r) => euro(r.openCents), align: 'right' },
          ]}
        />
      </Section>
      <Section title={t('finance.closed')}>
        <SimpleTable
          label={t('finance.closed')}
          rows={finance.closedInvoices}
          rowKey={(r) => r.id}
          empty={t('finance.none')}
          columns={[
            { label: t('finance.invoiceNumber'), render: (r) => r.invoiceNumber },
            { label: t('finance.description'), render: (r) => r.description },
            { label: t('finance.invoiceDate'), render: (r) => dates.day(r.invoiceDate) },
            { label: t('finance.amount'), render: (r) => euro(r.amountCents), align: 'right' },
            { label: t('finance.settledAt'), render: (r) => dates.day(r.settledAt) },
            { label: t('finance.settledBy'), render: (r) => r.settledBy ?? '—' },
          ]}
        />
      </Section>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
        <Section title={t('finance.payments')}>
          <SimpleTable
            label={t('finance.payments')}
            rows={finance.payments}
            rowKey={(r) => r.id}
            empty={t('finance.none')}
            columns={[
              { label: t('finance.paidAt'), render: (r) => dates.day(r.paidAt) },
              { label: t('finance.method'), render: (r) => r.method },
              { label: t('finance.reference'), render: (r) => r.reference },
              { label: t('finance.amount'), render: (r) => euro(r.amountCents), align: 'right' },
            ]}
          />
        </Section>
        <Section title={t('finance.arrangements')}>
          <SimpleTable
            label={t('finance.arrangements')}
            rows={finance.arrangements}
            rowKey={(r) => r.id}
            empty={t('finance.none')}
            columns={[
              { label: t('finance.period'), render: (r) => `${dates.day(r.startDate)} – ${dates.day(r.endDate)}` },
              { label: t('finance.total'), render: (r) => euro(r.totalCents), align: 'right' },
              { label: t('finance.terms'), render: (r) => `${r.terms} × ${euro(r.termAmountCents)}`, align: 'right' },
              { label: t('finance.status'), render: (r) => r.status },
            ]}
          />
        </Section>
      </Stack>
    </Stack>
  );
}
