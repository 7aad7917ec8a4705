import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Theme } from '../../../../shared/api/theme';
import { themeAssetLimits, themeAssetNames, themeAssetTypes, type ThemeAssetName } from '../../../../shared/domain/themeSlots';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { themeKeys } from './themeQueries';

const labelKey = { logo: 'theme.asset.logo', footerLogo: 'theme.asset.footerLogo', background: 'theme.asset.background' } as const;

/** The three images (seed: A, B, C): what is stored, choose a file (checked here for type and size, and by the server), remove. */
export function AssetsPanel({ theme, onNotice }: { theme: Theme; onNotice: (text: string) => void }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<ThemeAssetName, HTMLInputElement | null>>>({});
  const upload = useMutation({
    mutationFn: ({ name, file }: { name: ThemeAssetName; file: File }) => api.call('theme.uploadAsset', { params: { name }, upload: { bytes: file, contentType: file.type } }),
    onSuccess: async (_r, v) => {
      await queryClient.invalidateQueries({ queryKey: themeKeys.theme });
      onNotice(t('theme.asset.uploaded', { name: t(labelKey[v.name]) }));
    },
    onError: (e) => setError(t('theme.failed', { message: e.message })),
  });
  const remove = useMutation({
    mutationFn: (name: ThemeAssetName) => api.call('theme.removeAsset', { params: { name } }),
    onSuccess: async (_r, name) => {
      await queryClient.invalidateQueries({ queryKey: themeKeys.theme });
      onNotice(t('theme.asset.removed', { name: t(labelKey[name]) }));
    },
    onError: (e) => setError(t('theme.failed', { message: e.message })),
  });

  const choose = (name: ThemeAssetName) => (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    if (!(themeAssetTypes as readonly string[]).includes(file.type)) return setError(t('theme.asset.wrongType'));
    if (file.size > themeAssetLimits[name]) return setError(t('theme.asset.tooLarge', { limit: themeAssetLimits[name] / 1024 }));
    upload.mutate({ name, file });
  };

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        {t('theme.asset.limits')}
      </Typography>
      {error && (
        <Alert severity="error" onClose={() => setError(null)} data-testid="theme-asset-error">
          {error}
        </Alert>
      )}
      {themeAssetNames.map((name) => {
        const info = theme.assets.find((a) => a.name === name);
        const label = t(labelKey[name]);
        return (
          <Box key={name} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid={`asset-${name}`}>
            <Box sx={{ flex: '1 1 220px' }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {label}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {info
                  ? t('theme.asset.info', { type: info.contentType.replace('image/', '').toUpperCase(), size: Math.ceil(info.size / 1024), at: dates.dateTime(info.uploadedAt), by: info.uploadedBy })
                  : t('theme.asset.none')}
              </Typography>
            </Box>
            <Button
              variant="outlined"
              size="small"
              disabled={upload.isPending}
              aria-label={t('theme.asset.chooseLabel', { name: label })}
              onClick={() => inputs.current[name]?.click()}
            >
              {upload.isPending && upload.variables.name === name ? t('theme.asset.uploading') : t('theme.asset.choose')}
            </Button>
            <input
              hidden
              type="file"
              tabIndex={-1}
              aria-hidden
              accept={themeAssetTypes.join(',')}
              onChange={choose(name)}
              ref={(el) => {
                inputs.current[name] = el;
              }}
              data-testid={`asset-input-${name}`}
            />
            {info && (
              <Button size="small" color="inherit" onClick={() => remove.mutate(name)} disabled={remove.isPending} aria-label={t('theme.asset.removeLabel', { name: label })}>
                {t('theme.asset.remove')}
              </Button>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}
