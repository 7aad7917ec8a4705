import { z } from 'zod';
import type { AccountRequest } from '../../../../shared/api/accounts';
import { ResendActivation } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useAccountChanged } from '../accounts/accountChanged';

export interface ResendDialogProps {
  request: AccountRequest;
  onClose: () => void;
  onDone: (request: AccountRequest) => void;
}

/** The address typed (checked by the server's rule), or none: the server then uses the one it knows. */
const schema = z
  .object({ email: z.string() })
  .transform(({ email }) => (email.trim() ? { email } : {}))
  .pipe(ResendActivation);

/** Sends the activation mail again; asks for the e-mail address when none is known. */
export function ResendDialog({ request, onClose, onDone }: ResendDialogProps) {
  const t = useT();
  const needsEmail = !request.email;
  const changed = useAccountChanged();
  const { form, submit, busy, problem } = useServerForm({
    schema,
    defaultValues: { email: '' },
    draft: { key: `accountRequests.resend.${request.id}` },
    required: needsEmail ? ['email'] : [],
    send: (body) => api.call('accountRequests.resendActivation', { params: { id: request.id }, body: needsEmail ? body : {} }),
    onSaved: (next) => {
      // Also the account it belongs to (a given address becomes its e-mail) and the customer screen.
      changed({ kind: 'request', id: next.id, request: next });
      onDone(next);
    },
  });
  return (
    <ConfirmDialog
      open
      title={t('accountRequests.resend.title')}
      text={needsEmail ? t('accountRequests.resend.askEmail') : t('accountRequests.resend.to', { email: request.email ?? '' })}
      confirmLabel={t('accountRequests.resend.send')}
      busy={busy}
      alert={<FormProblemAlert problem={problem} texts={{ gone: t('accountRequests.details.notFound'), failed: (_m, e) => apiErrorText(e, t) }} />}
      onConfirm={() => void submit()}
      onClose={onClose}
      testId="resend-dialog"
    >
      {needsEmail && <FormTextField control={form.control} name="email" type="email" label={t('accountRequests.resend.email')} required autoFocus />}
    </ConfirmDialog>
  );
}
