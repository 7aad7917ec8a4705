import { Stack } from '@mui/material';
import type { CustomerOverview } from '../../../../../shared/api/customers';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { Section } from '../ui/Section';
import { SimpleTable, type Column } from '../ui/SimpleTable';

type Repair = CustomerOverview['repairs']['open'][number];

/** Onderhoud, as the portal shows it: open repair requests, and those closed within the last year. */
export function RepairsSection({ repairs }: { repairs: CustomerOverview['repairs'] }) {
  const t = useT();
  const dates = useDates();
  const base: Column<Repair>[] = [
    { label: t('repairs.number'), render: (r) => r.requestNumber },
    { label: t('repairs.reportedAt'), render: (r) => dates.day(r.reportedAt) },
    { label: t('repairs.location'), render: (r) => r.location },
    { label: t('repairs.description'), render: (r) => r.description },
    { label: t('repairs.status'), render: (r) => r.status },
  ];
  return (
    <Stack spacing={2}>
      <Section title={t('repairs.open')}>
        <SimpleTable
          label={t('repairs.open')}
          rows={repairs.open}
          rowKey={(r) => r.id}
          empty={t('repairs.none')}
          columns={[...base, { label: t('repairs.appointment'), render: (r) => (r.appointmentAt ? dates.dateTime(r.appointmentAt) : '—') }]}
        />
      </Section>
      <Section title={t('repairs.closed')}>
        <SimpleTable
          label={t('repairs.closed')}
          rows={repairs.closed}
          rowKey={(r) => r.id}
          empty={t('repairs.none')}
          columns={[...base, { label: t('repairs.closedAt'), render: (r) => dates.day(r.closedAt) }]}
        />
      </Section>
    </Stack>
  );
}
