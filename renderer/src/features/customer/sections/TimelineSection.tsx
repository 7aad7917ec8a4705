import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import { Box, Chip, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import type { TimelineEntry } from '../../../../../shared/api/customers';
import { useI18n } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { channelText, timelineText } from './timelineText';

/** Tijdlijn: the interactions the portal shows, newest first; a change made on behalf names the staff member. */
export function TimelineSection({ timeline }: { timeline: TimelineEntry[] }) {
  const { t, language } = useI18n();
  const dates = useDates();
  if (timeline.length === 0) return <Typography color="text.secondary">{t('timeline.none')}</Typography>;
  return (
    <Paper variant="outlined">
      <List dense disablePadding aria-label={t('customer.tab.timeline')} data-testid="timeline">
        {timeline.map((e, i) => (
          <ListItem key={e.id} divider={i < timeline.length - 1} data-testid="timeline-entry" data-template={e.template} sx={{ alignItems: 'flex-start' }}>
            <Box sx={{ width: 150, flexShrink: 0, pt: 0.75, color: 'text.secondary', fontVariantNumeric: 'tabular-nums', typography: 'body2' }}>{dates.dateTime(e.at)}</Box>
            <ListItemText
              primary={timelineText(e, language)}
              secondary={
                <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
                  <span>{t('timeline.channel', { channel: channelText(e.channel, language) })}</span>
                  {e.staffName && (
                    <Chip component="span" size="small" variant="outlined" color="primary" icon={<SupportAgentOutlined />} label={t('timeline.by', { name: e.staffName })} data-testid="timeline-staff" />
                  )}
                </Box>
              }
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
