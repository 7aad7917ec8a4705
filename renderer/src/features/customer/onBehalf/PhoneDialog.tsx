import type { Contact } from '../../../../../shared/api/customers';
import { UpdatePhone } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { FormTextField } from '../../../components/form/FormTextField';
import { useServerForm } from '../../../components/form/useServerForm';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { useFreshVersion, useOnBehalfSend } from './useOnBehalf';

/** The phone number with the portal's rules checked as you type (every broken rule, same messages as the server). */
export function PhoneDialog({ customerNumber, contact, onClose, onSaved }: { customerNumber: string; contact: Contact; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const send = useOnBehalfSend(customerNumber);
  const { form, submit, busy, problem, reload } = useServerForm({
    schema: UpdatePhone,
    defaultValues: { phone: contact.phone, version: contact.version },
    draft: { key: `customer.${customerNumber}.phone` },
    mode: 'onChange',
    allMessages: true,
    send: (body) => send((sessionId) => api.call('onBehalf.phone', { params: { customerNumber }, body: { ...body, phone: body.phone.trim() }, lookAlong: sessionId })),
    onSaved,
    reload: useFreshVersion(customerNumber, (o) => o.contact.version),
  });
  const message = form.formState.errors.phone?.message;
  return (
    <EditDialog title={t('edit.phone.title')} intro={t('edit.phone.intro')} busy={busy} problem={problem} onSubmit={() => void submit()} onClose={onClose} onReload={() => void reload()} testId="phone-dialog">
      <FormTextField
        control={form.control}
        name="phone"
        autoFocus
        label={t('details.phone')}
        helperText=" "
        autoComplete="off"
        inputMode="tel"
        slotProps={{ formHelperText: { role: message ? 'alert' : undefined, 'data-testid': 'phone-message' } as object }}
      />
    </EditDialog>
  );
}
