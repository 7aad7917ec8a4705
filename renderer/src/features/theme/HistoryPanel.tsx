import { visuallyHidden } from '../../components/StatusIcon';
import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StylesheetEntry, Theme } from '../../../../shared/api/theme';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { themeKeys, useStylesheetHistory } from './themeQueries';

/** Earlier stylesheets, newest first; "Herstellen" makes one active again with the colours it was made from. */
export function HistoryPanel({ onRestored }: { onRestored: (theme: Theme, version: number) => void }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const history = useStylesheetHistory();
  const [target, setTarget] = useState<StylesheetEntry | null>(null);
  const restore = useMutation({
    mutationFn: (id: number) => api.call('theme.restore', { params: { id } }),
    onSuccess: async (theme, id) => {
      queryClient.setQueryData(themeKeys.theme, theme);
      await queryClient.invalidateQueries({ queryKey: themeKeys.history });
      setTarget(null);
      onRestored(theme, id);
    },
  });
  const items = history.data ?? [];
  if (history.isError) return <Alert severity="error">{t('theme.failed', { message: history.error.message })}</Alert>;
  if (items.length === 0) return <Typography color="text.secondary">{t('theme.history.empty')}</Typography>;
  return (
    <>
      <Table size="small" aria-label={t('theme.history')} data-testid="theme-history">
        <TableHead>
          <TableRow>
            <TableCell>{t('theme.history.version')}</TableCell>
            <TableCell>{t('theme.history.at')}</TableCell>
            <TableCell>{t('theme.history.by')}</TableCell>
            <TableCell align="right">{t('theme.history.size')}</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                {t('theme.history.restore')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.slice(0, 10).map((h) => (
            <TableRow key={h.id} data-testid={`history-${h.id}`}>
              <TableCell>{h.cssVersion}</TableCell>
              <TableCell>{dates.dateTime(h.compiledAt)}</TableCell>
              <TableCell>{h.compiledBy}</TableCell>
              <TableCell align="right">{h.bytes.toLocaleString('nl-NL')}</TableCell>
              <TableCell align="right">
                {h.active ? (
                  <Chip size="small" color="success" variant="outlined" label={t('theme.history.active')} />
                ) : (
                  <Button size="small" onClick={() => setTarget(h)} aria-label={t('theme.history.restoreLabel', { version: h.cssVersion })}>
                    {t('theme.history.restore')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={target !== null}
        title={t('theme.history.confirmTitle')}
        text={t('theme.history.confirmText', { version: target?.cssVersion ?? '' })}
        confirmLabel={t('theme.history.restore')}
        busy={restore.isPending}
        error={restore.error ? t('theme.failed', { message: restore.error.message }) : null}
        onConfirm={() => target && restore.mutate(target.id)}
        onClose={() => setTarget(null)}
        testId="theme-restore-dialog"
      />
    </>
  );
}
