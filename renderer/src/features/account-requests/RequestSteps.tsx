import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import type { AccountRequest } from '../../../../shared/api/accounts';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { StatusIcon } from '../../components/StatusIcon';
import { requestSteps } from './requestSteps';

/** The four steps with their times; a red cross where the request stopped. */
export function RequestStepList({ request }: { request: AccountRequest }) {
  const t = useT();
  const dates = useDates();
  return (
    <List dense disablePadding data-testid="request-steps">
      {requestSteps(request).map((step) => {
        const stateText = t(step.state === 'done' ? 'accountRequests.step.done' : step.state === 'stopped' ? 'accountRequests.step.stopped' : 'accountRequests.step.notReached');
        return (
          <ListItem key={step.key} disableGutters data-step={step.key} data-state={step.state}>
            <ListItemIcon sx={{ minWidth: 34 }}>
              <StatusIcon kind={step.state === 'done' ? 'ok' : step.state === 'stopped' ? 'bad' : 'none'} label={stateText} />
            </ListItemIcon>
            <ListItemText
              primary={t(step.label)}
              secondary={step.at ? dates.dateTime(step.at) : step.state === 'stopped' ? stateText : t('accountRequests.none')}
              slotProps={{ secondary: { color: step.state === 'stopped' ? 'error' : 'text.secondary' } }}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
