import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Grid, Paper, Radio, RadioGroup, Snackbar, Stack, Switch, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import type { Theme } from '../../../../shared/api/theme';
import { themeSlots } from '../../../../shared/domain/themeSlots';
import { api } from '../../app/api';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { AssetsPanel } from './AssetsPanel';
import { ColorSlotField } from './ColorSlotField';
import { CompileDialog } from './CompileDialog';
import { HistoryPanel } from './HistoryPanel';
import { LiveContrast, LivePreview } from './LivePreview';
import { SlotDiagram } from './SlotDiagram';
import { fieldForServerPath, formFromTheme, themeSchema } from './themeForm';
import { fetchTheme, themeKeys, useTheme } from './themeQueries';

/** Flexibele GUI: images, the 17 colour slots with contrast badges, save/compile, history, and the live portal preview. */
export default function ThemeScreen() {
  const t = useT();
  const theme = useTheme();
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('theme.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 980 }}>
        {t('theme.intro')}
      </Typography>
      {theme.data ? (
        <ThemeEditor theme={theme.data} />
      ) : theme.isError ? (
        <Alert severity="error">{t('theme.loadFailed', { message: theme.error.message })}</Alert>
      ) : (
        <CircularProgress aria-label={t('common.loading')} />
      )}
    </Box>
  );
}

function ThemeEditor({ theme }: { theme: Theme }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [askCompile, setAskCompile] = useState(false);
  const [diagram, setDiagram] = useState(false);
  const refreshHistory = () => queryClient.invalidateQueries({ queryKey: themeKeys.history });

  const { form, submit, busy, problem, invalid, reload, discardDraft } = useServerForm({
    schema: themeSchema,
    defaultValues: formFromTheme(theme),
    draft: { key: 'theme.form' },
    mode: 'onChange',
    send: (body) => api.call('theme.update', { body }),
    fieldFor: fieldForServerPath,
    onSaved: async (next) => {
      queryClient.setQueryData(themeKeys.theme, next);
      form.reset(formFromTheme(next));
      await refreshHistory();
      setNotice(t('theme.saved'));
    },
    reload: async () => formFromTheme(await queryClient.fetchQuery({ queryKey: themeKeys.theme, queryFn: fetchTheme, staleTime: 0 })),
  });
  const { control } = form;
  // Read during render: react-hook-form only tracks isDirty for a component that reads it while rendering.
  const dirty = form.formState.isDirty;

  const compile = useMutation({
    mutationFn: () => api.call('theme.compile'),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: themeKeys.theme });
      await refreshHistory();
      setAskCompile(false);
      setNotice(t('theme.compiled', { bytes: r.bytes.toLocaleString('nl-NL'), ms: Math.round(r.compileMs) }));
    },
  });

  const reloadKey = `${theme.cssHash ?? 'none'}-${theme.assets.map((a) => a.hash.slice(0, 8)).join('')}`;

  const onCompile = () => {
    if (dirty) setAskCompile(true);
    else compile.mutate();
  };

  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Stack spacing={2} component="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('theme.title')}>
          <FormProblemAlert
            problem={problem}
            invalid={invalid}
            onReload={() => void reload()}
            staleTestId="theme-conflict"
            texts={{ stale: t('theme.conflict'), reload: t('theme.reload'), invalid: t('theme.invalid'), failed: (message) => t('theme.saveFailed', { message }) }}
          />
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('theme.images')}
            </Typography>
            <Controller
              control={control}
              name="logoShape"
              render={({ field }) => (
                <RadioGroup row aria-label={t('theme.logoShape')} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
                  <Typography component="span" sx={{ mr: 2, alignSelf: 'center' }}>
                    {t('theme.logoShape')}
                  </Typography>
                  <FormControlLabel value="round" control={<Radio />} label={t('theme.logoShape.round')} />
                  <FormControlLabel value="rectangular" control={<Radio />} label={t('theme.logoShape.rectangular')} />
                </RadioGroup>
              )}
            />
            <Controller
              control={control}
              name="copyright"
              render={({ field }) => (
                <FormControlLabel control={<Switch checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />} label={t('theme.copyright')} />
              )}
            />
            <AssetsPanel theme={theme} onNotice={setNotice} />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
              <Typography variant="h6" component="h2">
                {t('theme.colors')}
              </Typography>
              <Button size="small" onClick={() => setDiagram(true)}>
                {t('theme.diagram.open')}
              </Button>
            </Stack>
            <Grid container spacing={1.5}>
              {themeSlots.map((slot) => (
                <Grid key={slot.n} size={{ xs: 12, sm: 6 }}>
                  <ColorSlotField control={control} slot={slot} />
                </Grid>
              ))}
            </Grid>
            <LiveContrast control={control} />
          </Paper>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Button type="submit" variant="contained" disabled={busy || problem?.kind === 'stale'}>
              {busy ? t('theme.saving') : t('theme.save')}
            </Button>
            <Button variant="outlined" onClick={onCompile} disabled={busy || compile.isPending}>
              {compile.isPending ? t('theme.compiling') : t('theme.compile')}
            </Button>
            <Typography variant="body2" color="text.secondary" data-testid="theme-active">
              {theme.cssVersion === null
                ? t('theme.active.none')
                : t('theme.active', { version: theme.cssVersion, at: theme.compiledAt ? dates.dateTime(theme.compiledAt) : '' })}
            </Typography>
          </Stack>
          {compile.isError && <Alert severity="error">{t('theme.failed', { message: compile.error.message })}</Alert>}
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('theme.history')}
            </Typography>
            <HistoryPanel
              onRestored={(restored, id) => {
                discardDraft();
                form.reset(formFromTheme(restored));
                setNotice(t('theme.history.restored', { version: id }));
              }}
            />
          </Paper>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 16 } }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('theme.preview')}
          </Typography>
          <LivePreview control={control} reloadKey={reloadKey} />
          <Typography variant="caption" color="text.secondary">
            {t('theme.preview.hint')}
          </Typography>
        </Box>
      </Grid>
      <CompileDialog
        open={askCompile}
        busy={busy || compile.isPending}
        onServer={() => compile.mutate()}
        onSaveAndCompile={() => {
          setAskCompile(false);
          void submit();
        }}
        onClose={() => setAskCompile(false)}
      />
      <Dialog open={diagram} onClose={() => setDiagram(false)} maxWidth="md" fullWidth aria-labelledby="theme-diagram-title">
        <DialogTitle id="theme-diagram-title">{t('theme.diagram.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('theme.diagram.text')}</DialogContentText>
          <SlotDiagram />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDiagram(false)}>{t('common.close')}</Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Grid>
  );
}

