import { TextField } from '@mui/material';
import { useState } from 'react';
import type { Contact } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useDraft } from '../../../hooks/useDraft';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { classifyOnBehalfError } from './onBehalfErrors';
import { useOnBehalfMutation } from './useOnBehalf';
import { useReloadableVersion } from './useReloadableVersion';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A new e-mail address is confirmed by the customer first; the old one stays in use until then. */
export function EmailDialog({ customerNumber, contact, onClose, onSaved }: { customerNumber: string; contact: Contact; onClose: () => void; onSaved: (email: string) => void }) {
  const t = useT();
  const [email, setEmail, clear] = useDraft(`customer.${customerNumber}.email`, contact.pendingEmail ?? '');
  const [touched, setTouched] = useState(false);
  const { version, reload } = useReloadableVersion(customerNumber, contact.version, (o) => o.contact.version);
  const save = useOnBehalfMutation(customerNumber, (sessionId, body: { email: string; version: number }) => api.call('onBehalf.email', { params: { customerNumber }, body, lookAlong: sessionId }));

  const invalid = touched && !EMAIL.test(email.trim());
  const message = invalid ? t('edit.email.invalid') : save.error ? classifyOnBehalfError(save.error).fields.email : undefined;

  const submit = () => {
    setTouched(true);
    if (!EMAIL.test(email.trim())) return;
    const value = email.trim().toLowerCase();
    save.mutate({ email: value, version }, { onSuccess: () => { clear(); onSaved(value); } });
  };

  return (
    <EditDialog
      title={t('edit.email.title')}
      intro={t('edit.email.intro', { current: contact.email || '—' })}
      busy={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => void reload()}
      testId="email-dialog"
    >
      <TextField
        autoFocus
        name="email"
        type="email"
        label={t('edit.email.new')}
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          if (save.error) save.reset();
        }}
        onBlur={() => setTouched(true)}
        error={Boolean(message)}
        helperText={message ?? ' '}
        autoComplete="off"
      />
    </EditDialog>
  );
}
