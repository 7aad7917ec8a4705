import { TextField } from '@mui/material';
import { useState } from 'react';
import type { Contact } from '../../../../../shared/api/customers';
import { phoneMessagesFor } from '../../../../../shared/domain/phone';
import { api } from '../../../app/api';
import { useDraft } from '../../../hooks/useDraft';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { classifyOnBehalfError } from './onBehalfErrors';
import { useOnBehalfMutation } from './useOnBehalf';
import { useReloadableVersion } from './useReloadableVersion';

/** The phone number with the portal's rules checked as you type (same messages as the server). */
export function PhoneDialog({ customerNumber, contact, onClose, onSaved }: { customerNumber: string; contact: Contact; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [phone, setPhone, clear] = useDraft(`customer.${customerNumber}.phone`, contact.phone);
  const [touched, setTouched] = useState(false);
  const { version, reload } = useReloadableVersion(customerNumber, contact.version, (o) => o.contact.version);
  const save = useOnBehalfMutation(customerNumber, (sessionId, body: { phone: string; version: number }) => api.call('onBehalf.phone', { params: { customerNumber }, body, lookAlong: sessionId }));

  const live = touched ? phoneMessagesFor(phone) : [];
  const server = save.error ? classifyOnBehalfError(save.error).fields.phone : undefined;
  const message = live.length > 0 ? live.join(' ') : server;

  const submit = () => {
    setTouched(true);
    if (phoneMessagesFor(phone).length > 0) return;
    save.mutate(
      { phone: phone.trim(), version },
      {
        onSuccess: () => {
          clear();
          onSaved();
        },
      },
    );
  };

  return (
    <EditDialog title={t('edit.phone.title')} intro={t('edit.phone.intro')} busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose} onReload={() => void reload()} testId="phone-dialog">
      <TextField
        autoFocus
        name="phone"
        label={t('details.phone')}
        value={phone}
        onChange={(e) => {
          setPhone(e.target.value);
          setTouched(true);
          if (save.error) save.reset();
        }}
        error={Boolean(message)}
        helperText={message ?? ' '}
        autoComplete="off"
        inputMode="tel"
        slotProps={{ formHelperText: { role: message ? 'alert' : undefined, 'data-testid': 'phone-message' } as object }}
      />
    </EditDialog>
  );
}
