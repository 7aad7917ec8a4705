import CheckCircleRounded from '@mui/icons-material/CheckCircleRounded';
import RadioButtonUncheckedRounded from '@mui/icons-material/RadioButtonUncheckedRounded';
import { Box, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import type { PasswordRule } from '../../../../shared/domain/password';
import { useT } from '../../i18n';
import { visuallyHidden } from '../../components/StatusIcon';

/** Live feedback on the password policy (shared/domain/password.ts): each rule ticked as soon as it is met. */
export function PasswordRules({ rules }: { rules: PasswordRule[] }) {
  const t = useT();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" id="password-rules-title">
        {t('accounts.create.rules')}
      </Typography>
      <List dense disablePadding aria-labelledby="password-rules-title" aria-live="polite" data-testid="password-rules">
        {rules.map((rule) => (
          <ListItem key={rule.key} disableGutters sx={{ py: 0 }} data-rule={rule.key} data-ok={rule.ok ? 'true' : 'false'}>
            <ListItemIcon sx={{ minWidth: 28 }}>
              {rule.ok ? <CheckCircleRounded fontSize="small" color="success" aria-hidden /> : <RadioButtonUncheckedRounded fontSize="small" color="disabled" aria-hidden />}
            </ListItemIcon>
            <ListItemText
              primary={
                <>
                  {t(`accounts.rule.${rule.key}`)}
                  <Box component="span" sx={visuallyHidden}>
                    {` (${rule.ok ? t('accounts.create.ruleMet') : t('accounts.create.ruleNotMet')})`}
                  </Box>
                </>
              }
              slotProps={{ primary: { variant: 'body2', color: rule.ok ? 'text.primary' : 'text.secondary' } }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
