import { Stack } from '@mui/material';
import { z } from 'zod';
import type { Contact } from '../../../../../shared/api/customers';
import { UpdateCorrespondenceAddress } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { FormTextField } from '../../../components/form/FormTextField';
import { useServerForm } from '../../../components/form/useServerForm';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { useFreshVersion, useOnBehalfSend } from './useOnBehalf';

/** The server's rules on the typed address; a house number that is not a whole number counts as missing. */
const schema = z
  .object({ postcode: z.string(), houseNumber: z.string(), addition: z.string(), street: z.string(), city: z.string(), version: z.number() })
  .transform((form): z.input<typeof UpdateCorrespondenceAddress> => ({ ...form, houseNumber: /^\d+$/.test(form.houseNumber.trim()) ? Number(form.houseNumber.trim()) : 0 }))
  .pipe(UpdateCorrespondenceAddress);

/** The correspondence address by postcode + house number, with street and city. */
export function AddressDialog({ customerNumber, contact, onClose, onSaved }: { customerNumber: string; contact: Contact; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const send = useOnBehalfSend(customerNumber);
  const a = contact.correspondenceAddress;
  const { form, submit, busy, problem, reload } = useServerForm({
    schema,
    defaultValues: { postcode: a.postcode, houseNumber: String(a.houseNumber), addition: a.addition, street: a.street, city: a.city, version: contact.version },
    draft: { key: `customer.${customerNumber}.address` },
    send: (body) => send((sessionId) => api.call('onBehalf.address', { params: { customerNumber }, body: { ...body, addition: body.addition ?? '' }, lookAlong: sessionId })),
    onSaved,
    reload: useFreshVersion(customerNumber, (o) => o.contact.version),
  });
  const field = (name: 'postcode' | 'houseNumber' | 'addition' | 'street' | 'city', label: string, extra: { autoFocus?: boolean; width?: number } = {}) => (
    <FormTextField
      control={form.control}
      name={name}
      label={label}
      autoFocus={extra.autoFocus}
      helperText=" "
      required={name !== 'addition'}
      autoComplete="off"
      sx={extra.width ? { width: extra.width, flexShrink: 0 } : { flex: 1 }}
    />
  );
  return (
    <EditDialog title={t('edit.address.title')} intro={t('edit.address.intro')} busy={busy} problem={problem} onSubmit={() => void submit()} onClose={onClose} onReload={() => void reload()} testId="address-dialog">
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
