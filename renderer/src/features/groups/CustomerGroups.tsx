import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { groupKeys } from './groupQueries';
import { useRightName } from './RightsField';

/** The customer's groups, read-only, on the customer screen (each chip's tooltip lists the group's rights); nothing when none. */
export function CustomerGroups({ customerNumber }: { customerNumber: string }) {
  const t = useT();
  const rightName = useRightName();
  const groups = useQuery({
    queryKey: groupKeys.ofCustomer(customerNumber),
    queryFn: async ({ signal }) => (await api.call('customers.groups', { params: { customerNumber } }, { signal })).items,
    staleTime: 60_000,
  });
  if (!groups.data || groups.data.length === 0) return null;
  return (
    <Typography variant="body2" component="div" data-testid="customer-groups">
      {t('groups.onCustomer')}:{' '}
      {groups.data.map((g) => (
        <Tooltip key={g.id} title={g.rights.length === 0 ? t('groups.rights.none') : g.rights.map(rightName).join(', ')}>
          <Box component="span" sx={{ mr: 0.5 }}>
            <Chip size="small" variant="outlined" label={g.name} />
          </Box>
        </Tooltip>
      ))}
    </Typography>
  );
}
