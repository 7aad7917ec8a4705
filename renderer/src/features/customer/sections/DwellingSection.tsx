import { Stack, TableCell, TableRow, Typography } from '@mui/material';
import type { Contract } from '../../../../../shared/api/customers';
import { formatEuro } from '../../../../../shared/domain/format';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { DetailRow } from '../../../components/DetailRow';
import { Section } from '../ui/Section';
import { SimpleTable } from '../ui/SimpleTable';
import { addressLine } from '../ui/format';

const points = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
const energyIndex = (n: number) => n.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A WOZ value is stated in whole euros: "€ 312.000". */
const wholeEuro = (cents: number) => formatEuro(cents).replace(/,00$/, '');

/**
 * Woning, as the portal shows it: per contract the start date, dwelling details (with the energy index and the WOZ
 * value at its reference date), valuation points and rent.
 */
export function DwellingSection({ contracts }: { contracts: Contract[] }) {
  const t = useT();
  const dates = useDates();
  if (contracts.length === 0) return <Typography color="text.secondary">{t('dwelling.none')}</Typography>;
  return (
    <Stack spacing={2}>
      {contracts.map((c) => (
        <Stack key={c.id} spacing={2} data-testid="contract">
          <Section title={`${t('dwelling.contract', { number: c.contractNumber })} — ${addressLine(c.address)}`}>
            <dl style={{ margin: 0 }}>
              <DetailRow label={t('dwelling.startDate')}>{dates.day(c.startDate)}</DetailRow>
              {c.endDate && <DetailRow label={t('dwelling.endDate')}>{dates.day(c.endDate)}</DetailRow>}
              <DetailRow label={t('dwelling.type')}>{c.dwelling.type}</DetailRow>
              <DetailRow label={t('dwelling.rooms')}>{c.dwelling.rooms}</DetailRow>
              <DetailRow label={t('dwelling.surface')}>{t('dwelling.surfaceValue', { m2: c.dwelling.surfaceM2 })}</DetailRow>
              <DetailRow label={t('dwelling.constructionYear')}>{c.dwelling.constructionYear}</DetailRow>
              <DetailRow label={t('dwelling.energyLabel')}>{c.dwelling.energyLabel}</DetailRow>
              <DetailRow label={t('dwelling.energyIndex')} testId="dwelling-energy-index">
                {c.dwelling.energyIndex !== null
                  ? energyIndex(c.dwelling.energyIndex)
                  : c.dwelling.energyLabel === '-'
                    ? '—'
                    : t('dwelling.unknown')}
              </DetailRow>
              <DetailRow label={t('dwelling.woz')} testId="dwelling-woz">
                {c.dwelling.woz
                  ? t('dwelling.wozValue', { amount: wholeEuro(c.dwelling.woz.valueCents), date: dates.day(c.dwelling.woz.referenceDate) })
                  : t('dwelling.unknown')}
              </DetailRow>
              <DetailRow label={t('dwelling.paymentMethod')}>{c.paymentMethod.label}</DetailRow>
            </dl>
          </Section>
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
            <Section title={t('dwelling.valuation')}>
              <SimpleTable
                label={t('dwelling.valuation')}
                rows={c.valuation.items}
                rowKey={(r) => r.category}
                empty={t('customer.none')}
                columns={[
                  { label: t('dwelling.category'), render: (r) => r.category },
                  { label: t('dwelling.points'), render: (r) => points(r.points), align: 'right' },
                ]}
                footer={
                  <TableRow>
                    <TableCell sx={{ fontWeight: 600, color: 'text.primary' }}>{t('dwelling.totalPoints')}</TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600, color: 'text.primary' }} data-testid="valuation-total">
                      {points(c.valuation.totalPoints)} <Typography component="span" variant="caption" color="text.secondary">({t('dwelling.totalRounded', { points: c.valuation.totalPointsRounded })})</Typography>
                    </TableCell>
                  </TableRow>
                }
              />
            </Section>
            <Section title={t('dwelling.rent')}>
              <SimpleTable
                label={t('dwelling.rent')}
                rows={c.rent.components}
                rowKey={(r) => r.description}
                empty={t('customer.none')}
                columns={[
                  { label: t('dwelling.component'), render: (r) => r.description },
                  { label: t('dwelling.amount'), render: (r) => formatEuro(r.amountCents), align: 'right' },
                ]}
                footer={
                  <TableRow>
                    <TableCell sx={{ fontWeight: 600, color: 'text.primary' }}>{t('dwelling.totalRent')}</TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600, color: 'text.primary' }} data-testid="rent-total">
                      {formatEuro(c.rent.totalCents)}
                    </TableCell>
                  </TableRow>
                }
              />
            </Section>
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
