import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import type { AuditEntry } from '../../../../shared/api/audit';
import { useI18n, type MessageKey } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { actionLabel } from './actionLabels';
import { roleLabel } from './roleLabel';

/** Everything one entry holds, the details JSON pretty-printed (no HTML: React escapes all text). */
export function AuditDetailsDialog({ entry, onClose }: { entry: AuditEntry; onClose: () => void }) {
  const { t, language } = useI18n();
  const dates = useDates();
  const rows: [MessageKey, string][] = [
    ['audit.details.id', String(entry.id)],
    ['audit.col.at', dates.timestamp(entry.at)],
    ['audit.col.actor', entry.actor],
    ['audit.details.actorId', entry.actorId === null ? '—' : String(entry.actorId)],
    ['audit.col.roles', entry.roles.map((r) => roleLabel(t, r)).join(', ') || '—'],
    ['audit.col.action', actionLabel(entry.action, language)],
    ['audit.col.target', entry.target ?? '—'],
    ['audit.col.customerNumber', entry.customerNumber ?? '—'],
    ['audit.col.sourceAddress', entry.sourceAddress],
    ['audit.col.lookAlong', entry.lookAlongSessionId ?? '—'],
  ];
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="audit-details-title" data-testid="audit-details">
      <DialogTitle id="audit-details-title">{t('audit.details.title', { id: entry.id })}</DialogTitle>
      <DialogContent dividers>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.75, m: 0 }}>
          {rows.map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {t(label)}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-all' }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
          {t('audit.details.json')}
        </Typography>
        {entry.details ? (
          <Box
            component="pre"
            data-testid="audit-details-json"
            sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.8rem', overflow: 'auto', maxHeight: 320, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          >
            {JSON.stringify(entry.details, null, 2)}
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('audit.details.none')}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('audit.details.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
