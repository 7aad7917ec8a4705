import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { Alert, Box, Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../app/api';
import { useT } from '../../i18n';

/** "Keten controleren": the server walks the whole hash chain and names the first broken entry. */
export function useChainCheck() {
  return useMutation({ mutationFn: () => api.call('audit.verify') });
}

export function ChainCheckButton({ check }: { check: ReturnType<typeof useChainCheck> }) {
  const t = useT();
  return (
    <Button variant="outlined" startIcon={<VerifiedOutlined />} onClick={() => check.mutate()} disabled={check.isPending}>
      {check.isPending ? t('audit.verify.busy') : t('audit.verify')}
    </Button>
  );
}

export function ChainCheckResult({ check }: { check: ReturnType<typeof useChainCheck> }) {
  const t = useT();
  if (check.error) return <Alert severity="error">{t('audit.verify.failed', { message: check.error.message })}</Alert>;
  const r = check.data;
  if (!r || check.isPending) return null;
  return (
    <Alert severity={r.ok ? 'success' : 'error'} data-testid="audit-verify-result" data-ok={r.ok ? 'true' : 'false'} onClose={() => check.reset()}>
      {r.ok
        ? t('audit.verify.ok', { checked: r.checked.toLocaleString('nl-NL') })
        : r.firstBrokenId !== null
          ? t('audit.verify.broken', { id: r.firstBrokenId })
          : t('audit.verify.brokenEnd')}
      {!r.ok && r.reason && <Box component="span" sx={{ display: 'block', mt: 0.5 }}>{t(`audit.verify.reason.${r.reason}`)}</Box>}
    </Alert>
  );
}
