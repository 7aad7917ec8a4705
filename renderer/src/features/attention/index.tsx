import { Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, FormControl, InputLabel, Link, List, ListItem, ListItemText, MenuItem, Select, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { attentionPeriods } from '../../../../shared/api/attention';
import { formatEuro } from '../../../../shared/domain/format';
import { api } from '../../app/api';
import { hrefFor } from '../../app/router';
import { apiErrorText } from '../../components/apiErrorText';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';

export const attentionKeys = { all: ['attention'] as const, overview: (days: number) => ['attention', days] as const };

const SHOWN = 5;

function Part({ title, count, href, testId, extra, children }: { title: string; count: number; href: string; testId: string; extra?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <Card variant="outlined" data-testid={testId} sx={{ minWidth: 300, flex: '1 1 340px' }}>
      <CardHeader
        title={title}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2' } }}
        action={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', pr: 1, pt: 1 }}>
            {extra}
            <Chip label={count} color={count > 0 ? 'warning' : 'default'} data-testid={`${testId}-count`} />
          </Stack>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {count === 0 ? (
          <Typography color="text.secondary">{t('attention.none')}</Typography>
        ) : (
          <>
            <List dense disablePadding>
              {children}
            </List>
            <Link href={href}>{t('attention.open')}</Link>
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** The first screen after signing in: what needs someone now, each part only for the roles it belongs to. */
export default function AttentionScreen() {
  const t = useT();
  const dates = useDates();
  const [days, setDays] = useDraft<number>('attention.days', 90);
  const overview = useQuery({ queryKey: attentionKeys.overview(days), queryFn: ({ signal }) => api.call('attention.get', { query: { days } }, { signal }), placeholderData: keepPreviousData });
  const a = overview.data;
  const line = (key: string | number, primary: string, secondary?: string, href?: string) => (
    <ListItem key={key} disableGutters>
      <ListItemText primary={href ? <Link href={href}>{primary}</Link> : primary} secondary={secondary} />
    </ListItem>
  );

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('attention.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('attention.intro')}
      </Typography>
      {overview.isPending && <CircularProgress aria-label={t('common.loading')} />}
      {overview.isError && <Alert severity="error">{t('attention.loadFailed', { message: apiErrorText(overview.error, t) })}</Alert>}
      {a && (
        <Stack spacing={2}>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
            {a.pendingIbanChanges && (
              <Part
                title={t('attention.pendingIbanChanges')}
                count={a.pendingIbanChanges.count}
                href={hrefFor('/iban?status=pending')}
                testId="attention-iban"
                extra={a.pendingIbanChanges.overdue > 0 ? <Chip size="small" color="error" label={t('attention.overdue', { count: a.pendingIbanChanges.overdue })} /> : null}
              >
                {a.pendingIbanChanges.items.slice(0, SHOWN).map((i) => line(i.id, i.partyName, `${i.newIban} · ${dates.date(i.enteredAt)}${i.overdue ? ` · ${t('iban.overdue')}` : ''}`, hrefFor(`/iban?id=${i.id}`)))}
              </Part>
            )}
            {a.openWeborderRequests && (
              <Part title={t('attention.openWeborderRequests')} count={a.openWeborderRequests.count} href={hrefFor('/weborder-requests?status=open')} testId="attention-requests">
                {a.openWeborderRequests.items.slice(0, SHOWN).map((r) => line(r.id, `${r.teacherName} — ${r.event}`, `${r.partnerName} · ${dates.date(r.createdAt)}`))}
              </Part>
            )}
            {a.pendingWeborders && (
              <Part title={t('attention.pendingWeborders')} count={a.pendingWeborders.count} href={hrefFor('/weborders?status=helpdesk')} testId="attention-weborders">
                {a.pendingWeborders.items.slice(0, SHOWN).map((w) => line(w.id, w.name, `${w.partnerName} · ${dates.day(w.orderDate)} · ${formatEuro(w.total)}`))}
              </Part>
            )}
            {a.blockedAccounts && (
              <Part title={t('attention.blockedAccounts')} count={a.blockedAccounts.count} href={hrefFor('/accounts?status=blocked')} testId="attention-blocked">
                {a.blockedAccounts.items.slice(0, SHOWN).map((b) =>
                  line(`${b.kind}-${b.id}`, b.username, [b.customerNumber, b.kind === 'manual' ? t('attention.blocked.manual') : t('attention.blocked.auto', { until: dates.dateTime(b.until ?? '') })].filter(Boolean).join(' · ')),
                )}
              </Part>
            )}
            {a.stuckRequests && (
              <Part title={t('attention.stuckRequests')} count={a.stuckRequests.count} href={hrefFor('/account-requests?status=stuck')} testId="attention-stuck">
                {a.stuckRequests.items.slice(0, SHOWN).map((r) => line(r.id, r.customerNumber, [r.email, dates.date(r.createdAt)].filter(Boolean).join(' · ')))}
              </Part>
            )}
          </Stack>
          {a.activity90d && (
            <Card variant="outlined" data-testid="attention-activity">
              <CardHeader
                title={t('attention.activity')}
                slotProps={{ title: { variant: 'subtitle1', component: 'h2' } }}
                action={
                  <FormControl size="small" sx={{ minWidth: 160, mt: 1, mr: 1 }}>
                    <InputLabel id="attention-period-label">{t('attention.period')}</InputLabel>
                    <Select labelId="attention-period-label" label={t('attention.period')} value={days} onChange={(e) => setDays(Number(e.target.value))}>
                      {attentionPeriods.map((d) => (
                        <MenuItem key={d} value={d}>
                          {t('attention.days', { count: d })}
                        </MenuItem>
                      ))}
                    </Select>
                  </FormControl>
                }
              />
              <CardContent>
                <Box role="img" aria-label={t('attention.chartLabel')}>
                  <BarChart
                    height={260}
                    xAxis={[{ scaleType: 'band', data: a.activity90d.items.map((w) => dates.day(w.weekStart)) }]}
                    series={[
                      ...(a.activity90d.items.some((w) => w.signIns !== null) ? [{ label: t('attention.signIns'), data: a.activity90d.items.map((w) => w.signIns ?? 0) }] : []),
                      ...(a.activity90d.items.some((w) => w.newAccounts !== null) ? [{ label: t('attention.newAccounts'), data: a.activity90d.items.map((w) => w.newAccounts ?? 0) }] : []),
                      ...(a.activity90d.items.some((w) => w.weborders !== null) ? [{ label: t('attention.weborders'), data: a.activity90d.items.map((w) => w.weborders ?? 0) }] : []),
                    ]}
                  />
                </Box>
              </CardContent>
            </Card>
          )}
        </Stack>
      )}
    </Box>
  );
}
