import { Alert, Box, Chip, CircularProgress, List, ListItem, ListItemButton, ListItemText, Paper, Snackbar, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EmailTemplateId } from '../../../../shared/api/emailTemplates';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { TemplateEditor, templateKeys } from './TemplateEditor';

/** E-mailsjablonen: the portal's mails, each editable with placeholders, a live preview and a test mail. */
export default function EmailTemplatesScreen() {
  const t = useT();
  const templates = useQuery({ queryKey: templateKeys.all, queryFn: async () => (await api.call('emailTemplates.list')).items });
  const [selected, setSelected] = useDraft<EmailTemplateId>('templates.selected', 'account_confirmation');
  const [notice, setNotice] = useState<string | null>(null);

  if (templates.isPending) return <CircularProgress aria-label={t('common.loading')} />;
  if (templates.isError) return <Alert severity="error">{t('templates.loadFailed', { message: templates.error.message })}</Alert>;
  const current = templates.data.find((x) => x.id === selected) ?? templates.data[0];

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('templates.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('templates.intro')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Paper variant="outlined" sx={{ minWidth: 280 }} component="nav" aria-label={t('templates.list')}>
          <List>
            {templates.data.map((x) => (
              <ListItem key={x.id} disablePadding>
                <ListItemButton selected={x.id === current?.id} onClick={() => setSelected(x.id)}>
                  <ListItemText primary={x.name} secondary={x.id} />
                  {x.customized && <Chip size="small" variant="outlined" label={t('templates.customized')} />}
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Paper>
        <Box sx={{ flex: 1, minWidth: 0 }}>{current && <TemplateEditor key={`${current.id}-${current.version}`} template={current} onNotice={setNotice} />}</Box>
      </Stack>
      <Snackbar open={notice !== null} autoHideDuration={5000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
