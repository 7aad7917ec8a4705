import OpenInBrowserRounded from '@mui/icons-material/OpenInBrowserRounded';
import { Alert, IconButton, Link, Tooltip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../app/api';
import { kcc } from '../../bridge';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOnBehalfSend } from './onBehalf/useOnBehalf';

/** A one-time, short-lived link into the web portal as this customer, opened in the system browser. */
export function PortalLinkButton({ customerNumber, enabled }: { customerNumber: string; enabled: boolean }) {
  const t = useT();
  const dates = useDates();
  const [open, setOpen] = useState(false);
  // Only inside a look-along session (the server requires it): the link acts as the customer.
  const send = useOnBehalfSend(customerNumber);
  const link = useMutation({
    mutationFn: () =>
      send(async (sessionId) => {
        const created = await api.call('customers.portalLink', { params: { customerNumber }, lookAlong: sessionId });
        const opened = await kcc.openExternal(created.url).catch(() => false);
        return { ...created, opened };
      }),
  });
  const close = () => {
    setOpen(false);
    link.reset();
  };
  const result = link.data;
  return (
    <>
      {/* An icon with its name as tooltip and accessible name: the page header must stay one compact line.
          The span lets the tooltip show while the button is disabled (before Meekijken). */}
      <Tooltip title={t('portal.open')}>
        <span>
          <IconButton color="primary" onClick={() => setOpen(true)} disabled={!enabled} aria-label={t('portal.open')} data-testid="portal-link">
            <OpenInBrowserRounded />
          </IconButton>
        </span>
      </Tooltip>
      <ConfirmDialog
        open={open}
        title={t('portal.title')}
        text={t('portal.text')}
        confirmLabel={result ? t('common.close') : t('portal.create')}
        busy={link.isPending}
        error={link.error ? t('portal.failed', { message: link.error.message }) : null}
        onConfirm={() => (result ? close() : link.mutate())}
        onClose={close}
        testId="portal-link-dialog"
      >
        {result &&
          (result.opened ? (
            <Alert severity="success">{t('portal.opened', { when: dates.dateTime(result.expiresAt) })}</Alert>
          ) : (
            <Alert severity="info">
              {t('portal.notOpened', { when: dates.dateTime(result.expiresAt) })}{' '}
              <Link href={result.url} target="_blank" rel="noreferrer" sx={{ wordBreak: 'break-all' }}>
                {result.url}
              </Link>
            </Alert>
          ))}
      </ConfirmDialog>
    </>
  );
}
