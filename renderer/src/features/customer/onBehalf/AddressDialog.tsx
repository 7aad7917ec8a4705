import { Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { Contact } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useDraft } from '../../../hooks/useDraft';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { fieldMessage } from './fieldHelpers';
import { classifyOnBehalfError } from './onBehalfErrors';
import { useOnBehalfMutation } from './useOnBehalf';
import { useReloadableVersion } from './useReloadableVersion';

interface AddressDraft {
  postcode: string;
  houseNumber: string;
  addition: string;
  street: string;
  city: string;
}

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

/** The correspondence address by postcode + house number, with street and city. */
export function AddressDialog({ customerNumber, contact, onClose, onSaved }: { customerNumber: string; contact: Contact; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const a = contact.correspondenceAddress;
  const [draft, setDraft, clear] = useDraft<AddressDraft>(`customer.${customerNumber}.address`, {
    postcode: a.postcode,
    houseNumber: String(a.houseNumber),
    addition: a.addition,
    street: a.street,
    city: a.city,
  });
  const [touched, setTouched] = useState(false);
  const { version, reload } = useReloadableVersion(customerNumber, contact.version, (o) => o.contact.version);
  const save = useOnBehalfMutation(customerNumber, (sessionId, body: { postcode: string; houseNumber: number; addition: string; street: string; city: string; version: number }) =>
    api.call('onBehalf.address', { params: { customerNumber }, body, lookAlong: sessionId }),
  );

  const clientErrors = (d: AddressDraft): Record<string, string | undefined> => ({
    postcode: POSTCODE.test(d.postcode.trim()) ? undefined : t('edit.address.postcodeInvalid'),
    houseNumber: /^[1-9][0-9]{0,4}$/.test(d.houseNumber.trim()) ? undefined : t('edit.address.houseNumberInvalid'),
    street: d.street.trim() ? undefined : t('edit.required', { field: t('edit.address.street') }),
    city: d.city.trim() ? undefined : t('edit.required', { field: t('edit.address.city') }),
  });
  const client = touched ? clientErrors(draft) : {};
  const server = save.error ? classifyOnBehalfError(save.error).fields : {};

  const field = (name: keyof AddressDraft, label: string, extra: { autoFocus?: boolean; width?: number } = {}) => {
    const message = fieldMessage(client, server, name);
    return (
      <TextField
        name={name}
        label={label}
        value={draft[name]}
        autoFocus={extra.autoFocus}
        onChange={(e) => {
          setDraft((d) => ({ ...d, [name]: e.target.value }));
          if (save.error) save.reset();
        }}
        error={Boolean(message)}
        helperText={message ?? ' '}
        required={name !== 'addition'}
        autoComplete="off"
        sx={extra.width ? { width: extra.width, flexShrink: 0 } : { flex: 1 }}
      />
    );
  };

  const submit = () => {
    setTouched(true);
    if (Object.values(clientErrors(draft)).some(Boolean)) return;
    save.mutate(
      {
        postcode: draft.postcode.trim().toUpperCase(),
        houseNumber: Number(draft.houseNumber.trim()),
        addition: draft.addition.trim(),
        street: draft.street.trim(),
        city: draft.city.trim(),
        version,
      },
      { onSuccess: () => { clear(); onSaved(); } },
    );
  };

  return (
    <EditDialog title={t('edit.address.title')} intro={t('edit.address.intro')} busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose} onReload={() => void reload()} testId="address-dialog">
      <Stack direction="row" spacing={2}>
        {field('postcode', t('edit.address.postcode'), { autoFocus: true, width: 140 })}
        {field('houseNumber', t('edit.address.houseNumber'), { width: 130 })}
        {field('addition', t('edit.address.addition'), { width: 110 })}
      </Stack>
      <Stack direction="row" spacing={2}>
        {field('street', t('edit.address.street'))}
        {field('city', t('edit.address.city'))}
      </Stack>
    </EditDialog>
  );
}
