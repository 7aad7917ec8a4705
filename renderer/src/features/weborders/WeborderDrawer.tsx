import { Alert, Box, Button, Divider, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { WeborderDetail } from '../../../../shared/api/weborders';
import { formatEuro } from '../../../../shared/domain/format';
import { allowedTransitions, type WeborderStatus } from '../../../../shared/domain/weborderStatus';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { DrawerShell, focusDrawerTitle } from '../../components/DrawerShell';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { useCan } from '../../session/useCan';
import { MoveDialog } from './MoveDialog';
import { StatusChip } from './StatusChip';
import { weborderKeys, useWeborder } from './weborderQueries';

const TITLE_ID = 'weborder-drawer-title';

/** One weborder: every field, its history (who moved it when) and the moves the helpdesk may make now. */
export function WeborderDrawer({ id, onClose, onMoved }: { id: number; onClose: () => void; onMoved: (message: string) => void }) {
  const t = useT();
  const dates = useDates();
  const canManage = useCan('weborders.manage');
  const queryClient = useQueryClient();
  const query = useWeborder(id);
  const [moving, setMoving] = useState<WeborderStatus | null>(null);
  const w = query.data;
  const move = useMutation({
    mutationFn: (input: { to: WeborderStatus; reason?: string; version: number }) =>
      api.call('weborders.transition', { params: { id }, body: input }),
    onSuccess: async (next: WeborderDetail) => {
      queryClient.setQueryData(weborderKeys.one(id), next);
      setMoving(null);
      onMoved(t('weborders.move.done', { id, status: t(`weborders.status.${next.status}`) }));
      focusDrawerTitle(TITLE_ID);
      await queryClient.invalidateQueries({ queryKey: ['weborders', 'list'] });
    },
    onError: async () => {
      // A stale version or a move someone else made first: show the weborder as it is now.
      await queryClient.invalidateQueries({ queryKey: weborderKeys.one(id) });
    },
  });
  const moves = w ? allowedTransitions(w.status, 'helpdesk', w.errorFrom) : [];
  const label = (to: WeborderStatus) =>
    w?.status === 'error' ? t('weborders.move.back', { status: t(`weborders.status.${to}`) }) : t(`weborders.move.${to === 'pending' || to === 'budget_approved' ? 'confirmShort' : to}`);
  const rows: [string, string][] = w
    ? [
        [t('weborders.field.partner'), w.partnerName],
        [t('weborders.field.school'), `${w.schoolName} (${w.schoolNumber})`],
        [t('weborders.col.budgetHolder'), w.budgetHolder],
        [t('weborders.col.orderDate'), dates.dateTime(w.orderDate)],
        [t('weborders.field.desiredAt'), dates.dateTime(w.desiredAt)],
        [t('weborders.field.event'), w.event],
        [t('weborders.field.grade'), w.grade || '—'],
        [t('weborders.field.teacher'), w.teacher || '—'],
        [t('weborders.field.students'), String(w.students)],
        [t('weborders.field.teachers'), String(w.teachers)],
        w.packagePrice !== null ? [t('weborders.field.packagePrice'), formatEuro(w.packagePrice)] : [t('weborders.field.ticketPrice'), formatEuro(w.ticketPrice ?? 0)],
        [t('weborders.field.total'), formatEuro(w.total)],
        ...(w.rejectedReason && w.status === 'rejected' ? [[t('weborders.field.reason'), w.rejectedReason] as [string, string]] : []),
        ...(w.errorMessage ? [[t('weborders.field.errorMessage'), w.errorMessage] as [string, string]] : []),
      ]
    : [];
  return (
    <DrawerShell
      open
      onClose={onClose}
      titleId={TITLE_ID}
      title={w ? `${t('weborders.row.title', { id: w.id })} — ${w.name}` : t('common.loading')}
      closeLabel={t('weborders.details.close')}
      width={560}
      testId="weborder-drawer"
      escapeWhenFocusLost={moving === null}
    >
      {query.isError && <Alert severity="error">{apiErrorText(query.error, t)}</Alert>}
      {w && (
        <Stack spacing={2}>
          <Box>
            <StatusChip status={w.status} />
          </Box>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '180px 1fr', rowGap: 0.5, m: 0, '& dd': { m: 0 } }}>
            {rows.map(([k, v]) => (
              <Box key={k} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {k}
                </Typography>
                <Typography component="dd" variant="body2">
                  {v}
                </Typography>
              </Box>
            ))}
          </Box>
          {canManage ? (
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="weborder-moves">
              {moves.length === 0 && <Typography color="text.secondary">{t('weborders.move.none')}</Typography>}
              {moves.map((to) => (
                <Button key={to} variant={to === 'cjp_approved' || to === 'paid' ? 'contained' : 'outlined'} color={to === 'rejected' ? 'error' : 'primary'} onClick={() => setMoving(to)}>
                  {label(to)}
                </Button>
              ))}
            </Stack>
          ) : (
            <Alert severity="info">{t('weborders.readOnly')}</Alert>
          )}
          <Divider />
          <Typography variant="subtitle1" component="h3">
            {t('weborders.history')}
          </Typography>
          <List dense disablePadding data-testid="weborder-history">
            {w.history.map((h, i) => (
              <ListItem key={i} disableGutters>
                <ListItemText
                  primary={`${dates.dateTime(h.at)} · ${h.from ? `${t(`weborders.status.${h.from}`)} → ` : `${t('weborders.history.created')}: `}${t(`weborders.status.${h.to}`)}`}
                  secondary={`${h.actorName} (${t(`weborders.actor.${h.actor}`)})${h.reason ? ` — ${h.reason}` : ''}`}
                />
              </ListItem>
            ))}
          </List>
        </Stack>
      )}
      {w && moving && (
        <MoveDialog
          title={t('weborders.move.confirm', { id: w.id, status: t(`weborders.status.${moving}`) })}
          to={moving}
          busy={move.isPending}
          error={move.error ? apiErrorText(move.error, t) : null}
          onClose={() => {
            move.reset();
            setMoving(null);
          }}
          onConfirm={(reason) => move.mutate({ to: moving, reason, version: w.version })}
          testId="weborder-move-dialog"
        />
      )}
    </DrawerShell>
  );
}
