import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, CircularProgress, Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { useSession } from '../../session/sessionStore';
import { DeleteRangeDialog } from './DeleteRangeDialog';
import { useIpRanges, useMyAddress } from './networkQueries';
import { RangeDialog } from './RangeDialog';
import { RangesTable } from './RangesTable';

/** Which dialog is open, kept as a draft so a remount (session expiry, lost connection) reopens it. */
type Open = { kind: 'add' } | { kind: 'edit'; id: number } | { kind: 'delete'; id: number } | null;

/** The IP ranges staff may sign in from (none: from anywhere), with the lock-out warning before a risky change. */
export default function NetworkScreen() {
  const t = useT();
  const session = useSession();
  const roles = session.status === 'signedIn' ? session.staff.roles : [];
  const ranges = useIpRanges();
  const me = useMyAddress();
  const [open, setOpen, clearOpen] = useDraft<Open>('network.open', null);
  const [notice, setNotice] = useState<string | null>(null);

  if (ranges.isPending) return <CircularProgress aria-label={t('common.loading')} />;
  if (ranges.isError) return <Alert severity="error">{t('network.loadFailed', { message: ranges.error.message })}</Alert>;
  const list = ranges.data;
  const myAddress = me.data ?? null;
  const target = open && open.kind !== 'add' ? list.find((r) => r.id === open.id) : undefined;

  const meText = !myAddress
    ? me.isPending
      ? null
      : t('network.me.unknown')
    : myAddress.loopback
      ? t('network.me.loopback', { address: myAddress.address })
      : t('network.me.allowed', { address: myAddress.address });

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('network.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1, maxWidth: 880 }}>
        {t('network.intro')}
      </Typography>
      <Box component="ul" sx={{ mt: 0, mb: 2, pl: 3, color: 'text.secondary', maxWidth: 880 }} data-testid="network-rules">
        <li>{t('network.rule.none')}</li>
        <li>{t('network.rule.some')}</li>
        <li>{t('network.rule.loopback')}</li>
      </Box>
      <Stack spacing={2} sx={{ maxWidth: 1000 }}>
        {meText && (
          <Alert severity={myAddress ? 'info' : 'warning'} variant="outlined" data-testid="network-me">
            {meText}
          </Alert>
        )}
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" component="p" data-testid="network-count">
            {list.length === 1 ? t('network.count.one') : t('network.count', { count: list.length })}
          </Typography>
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'add' })}>
            {t('network.add')}
          </Button>
        </Stack>
        {list.length === 0 ? (
          <Alert severity="warning" data-testid="network-empty">
            {t('network.empty')}
          </Alert>
        ) : (
          <RangesTable
            ranges={list}
            myAddress={myAddress?.address ?? null}
            onEdit={(r) => setOpen({ kind: 'edit', id: r.id })}
            onDelete={(r) => setOpen({ kind: 'delete', id: r.id })}
          />
        )}
      </Stack>

      {(open?.kind === 'add' || (open?.kind === 'edit' && target)) && (
        <RangeDialog
          key={open.kind === 'edit' ? `edit-${open.id}` : 'add'}
          range={target ?? null}
          ranges={list}
          me={myAddress}
          roles={roles}
          onClose={clearOpen}
          onSaved={() => {
            clearOpen();
            setNotice(t('network.saved'));
          }}
        />
      )}
      {open?.kind === 'delete' && target && (
        <DeleteRangeDialog
          range={target}
          ranges={list}
          me={myAddress}
          roles={roles}
          onClose={clearOpen}
          onDeleted={() => {
            clearOpen();
            setNotice(t('network.deleted'));
          }}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
