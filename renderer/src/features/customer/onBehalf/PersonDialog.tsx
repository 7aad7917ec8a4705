import { MenuItem, Stack } from '@mui/material';
import { z } from 'zod';
import type { CustomerOverview, Person } from '../../../../../shared/api/customers';
import { PersonInput } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { FormTextField } from '../../../components/form/FormTextField';
import { useServerForm } from '../../../components/form/useServerForm';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { useFreshVersion, useOnBehalfSend } from './useOnBehalf';

type Roles = CustomerOverview['household']['selectableRoles'];
type Field = 'roleCode' | 'gender' | 'initials' | 'firstName' | 'middleName' | 'lastName' | 'birthDate';

interface PersonValues {
  roleCode: string;
  /** '' until chosen. */
  gender: string;
  initials: string;
  firstName: string;
  middleName: string;
  lastName: string;
  birthDate: string;
  version: number;
}

const schema = z
  .object({
    roleCode: z.string(),
    gender: z.string(),
    initials: z.string(),
    firstName: z.string(),
    middleName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    version: z.number(),
  })
  .transform(({ version: _version, ...person }): { [K in Field]?: string } => person)
  .pipe(PersonInput);

/** Add or change a household person; only "use in portal" roles; everything but tussenvoegsels required. */
export function PersonDialog({ customerNumber, person, roles, onClose, onSaved }: { customerNumber: string; person: Person | null; roles: Roles; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const send = useOnBehalfSend(customerNumber);
  const labels: Record<Field, string> = {
    roleCode: t('details.role'),
    gender: t('details.gender'),
    initials: t('details.initials'),
    firstName: t('details.firstName'),
    middleName: t('details.middleName'),
    lastName: t('details.lastName'),
    birthDate: t('details.birthDate'),
  };
  const defaultValues: PersonValues = {
    roleCode: person?.role.code ?? (roles.length === 1 ? (roles[0]?.code ?? '') : ''),
    gender: person?.gender ?? '',
    initials: person?.initials ?? '',
    firstName: person?.firstName ?? '',
    middleName: person?.middleName ?? '',
    lastName: person?.lastName ?? '',
    birthDate: person?.birthDate.slice(0, 10) ?? '',
    version: person?.version ?? 1,
  };
  const fresh = useFreshVersion(customerNumber, (o) => o.household.persons.find((p) => p.id === person?.id)?.version);
  const { form, submit, busy, problem, reload } = useServerForm({
    schema,
    defaultValues,
    draft: { key: `customer.${customerNumber}.person.${person?.id ?? 'new'}` },
    required: ['roleCode', 'gender', 'initials', 'firstName', 'lastName', 'birthDate'],
    requiredMessage: (name) => t('edit.required', { field: name === 'version' ? '' : labels[name] }),
    send: (body, values) =>
      send((sessionId) =>
        person
          ? api.call('onBehalf.updatePerson', { params: { customerNumber, id: person.id }, body: { ...body, version: values.version }, lookAlong: sessionId })
          : api.call('onBehalf.addPerson', { params: { customerNumber }, body, lookAlong: sessionId }),
      ),
    onSaved,
    reload: (values) => (person ? fresh(values) : Promise.resolve(values)),
  });

  const field = (name: Field, extra: { autoFocus?: boolean; select?: 'role' | 'gender'; type?: string } = {}) => (
    <FormTextField
      control={form.control}
      name={name}
      label={labels[name]}
      autoFocus={extra.autoFocus}
      helperText=" "
      required={name !== 'middleName'}
      select={Boolean(extra.select)}
      type={extra.type}
      autoComplete="off"
      sx={{ flex: 1 }}
      slotProps={extra.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    >
      {extra.select === 'role' &&
        roles.map((r) => (
          <MenuItem key={r.code} value={r.code}>
            {r.description}
          </MenuItem>
        ))}
      {extra.select === 'gender' &&
        (['V', 'M', 'X'] as const).map((g) => (
          <MenuItem key={g} value={g}>
            {t(`details.gender.${g}`)}
          </MenuItem>
        ))}
    </FormTextField>
  );

  return (
    <EditDialog
      title={person ? t('edit.person.editTitle') : t('edit.person.addTitle')}
      intro={t('edit.person.intro')}
      busy={busy}
      problem={problem}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={() => void reload()}
      testId="person-dialog"
    >
      <Stack direction="row" spacing={2}>
        {field('roleCode', { select: 'role', autoFocus: true })}
        {field('gender', { select: 'gender' })}
      </Stack>
      <Stack direction="row" spacing={2}>
        {field('initials')}
        {field('firstName')}
      </Stack>
      <Stack direction="row" spacing={2}>
        {field('middleName')}
        {field('lastName')}
      </Stack>
      {field('birthDate', { type: 'date' })}
    </EditDialog>
  );
}
