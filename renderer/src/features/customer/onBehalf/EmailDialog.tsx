import type { Contact } from '../../../../../shared/api/customers';
import { UpdateEmail } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { FormTextField } from '../../../components/form/FormTextField';
import { useServerForm } from '../../../components/form/useServerForm';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { useFreshVersion, useOnBehalfSend } from './useOnBehalf';

/** A new e-mail address is confirmed by the customer first; the old one stays in use until then. */
export function EmailDialog({ customerNumber, contact, onClose, onSaved }: { customerNumber: string; contact: Contact; onClose: () => void; onSaved: (email: string) => void }) {
  const t = useT();
  const send = useOnBehalfSend(customerNumber);
  const { form, submit, busy, problem, reload } = useServerForm({
    schema: UpdateEmail,
    defaultValues: { email: contact.pendingEmail ?? '', version: contact.version },
    draft: { key: `customer.${customerNumber}.email` },
    // Checked once the field is left, then as it changes.
    mode: 'onTouched',
    send: (body) => send((sessionId) => api.call('onBehalf.email', { params: { customerNumber }, body, lookAlong: sessionId })),
    onSaved: (_result, body) => onSaved(body.email),
    reload: useFreshVersion(customerNumber, (o) => o.contact.version),
  });
  return (
    <EditDialog
      title={t('edit.email.title')}
      intro={t('edit.email.intro', { current: contact.email || '—' })}
      busy={busy}
      problem={problem}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={() => void reload()}
      testId="email-dialog"
    >
      <FormTextField control={form.control} name="email" autoFocus type="email" label={t('edit.email.new')} helperText=" " autoComplete="off" />
    </EditDialog>
  );
}
