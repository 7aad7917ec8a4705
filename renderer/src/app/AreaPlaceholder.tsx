import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useT, type MessageKey } from '../i18n';

/** An honest "not built yet" screen: names the area and says what it will hold. */
export function AreaPlaceholder({ titleKey, planKey }: { titleKey: MessageKey; planKey: MessageKey }) {
  const t = useT();
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 3 }}>
        <Typography variant="h4" component="h1">
          {t(titleKey)}
        </Typography>
        <Chip label={t('placeholder.badge')} color="warning" variant="outlined" size="small" />
      </Stack>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 760, display: 'flex', gap: 2.5 }}>
        <ConstructionOutlined color="action" sx={{ fontSize: 40, mt: 0.5 }} aria-hidden />
        <Box>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
            {t('placeholder.intro')}
          </Typography>
          <Typography variant="body1" color="text.secondary">
            {t(planKey)}
          </Typography>
        </Box>
      </Paper>
    </Box>
  );
}
