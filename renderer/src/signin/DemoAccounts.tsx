import { Box, Button, Chip, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { api } from '../app/api';
import { useT } from '../i18n';

/** The server's demo staff accounts (only in demo mode), each with a button that fills the form. */
export function DemoAccounts({ onUse }: { onUse: (username: string, password: string) => void }) {
  const t = useT();
  const demo = useQuery({ queryKey: ['demo'], queryFn: () => api.call('info.demo'), staleTime: 60_000 });
  if (!demo.data?.demo || demo.data.accounts.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5, width: { xs: '100%', md: 380 } }} data-testid="demo-accounts">
      <Typography variant="h6" component="h2">
        {t('signin.demo.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('signin.demo.hint')}
      </Typography>
      <List dense disablePadding>
        {demo.data.accounts.map((a) => (
          <ListItem
            key={a.username}
            disableGutters
            secondaryAction={
              <Button size="small" variant="outlined" onClick={() => onUse(a.username, a.password)} aria-label={t('signin.demo.useLabel', { name: a.displayName })}>
                {t('signin.demo.use')}
              </Button>
            }
          >
            <ListItemText
              primary={
                <Box component="span">
                  {a.displayName}{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    ({a.username})
                  </Typography>
                </Box>
              }
              secondary={
                <Stack direction="row" spacing={0.5} component="span" sx={{ mt: 0.5, flexWrap: 'wrap' }}>
                  {a.roles.map((r) => (
                    <Chip key={r} component="span" size="small" label={t(`role.${r}`)} />
                  ))}
                </Stack>
              }
              slotProps={{ secondary: { component: 'span' } }}
              sx={{ pr: 10 }}
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
