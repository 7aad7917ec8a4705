import { MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { CustomerOverview, Person } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useDraft } from '../../../hooks/useDraft';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { fieldMessage } from './fieldHelpers';
import { classifyOnBehalfError } from './onBehalfErrors';
import { useOnBehalfMutation } from './useOnBehalf';
import { useReloadableVersion } from './useReloadableVersion';

interface PersonDraft {
  roleCode: string;
  gender: '' | 'M' | 'V' | 'X';
  initials: string;
  firstName: string;
  middleName: string;
  lastName: string;
  birthDate: string;
}
type Roles = CustomerOverview['household']['selectableRoles'];

/** Add or change a household person; only "use in portal" roles; everything but tussenvoegsels required. */
export function PersonDialog({ customerNumber, person, roles, onClose, onSaved }: { customerNumber: string; person: Person | null; roles: Roles; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [draft, setDraft, clear] = useDraft<PersonDraft>(`customer.${customerNumber}.person.${person?.id ?? 'new'}`, {
    roleCode: person?.role.code ?? (roles.length === 1 ? (roles[0]?.code ?? '') : ''),
    gender: person?.gender ?? '',
    initials: person?.initials ?? '',
    firstName: person?.firstName ?? '',
    middleName: person?.middleName ?? '',
    lastName: person?.lastName ?? '',
    birthDate: person?.birthDate.slice(0, 10) ?? '',
  });
  const [touched, setTouched] = useState(false);
  const { version, reload } = useReloadableVersion(customerNumber, person?.version ?? 1, (o) => o.household.persons.find((p) => p.id === person?.id)?.version);
  const save = useOnBehalfMutation(customerNumber, (sessionId, d: PersonDraft) => {
    const body = {
      roleCode: d.roleCode,
      gender: d.gender as 'M' | 'V' | 'X',
      initials: d.initials.trim(),
      firstName: d.firstName.trim(),
      middleName: d.middleName.trim(),
      lastName: d.lastName.trim(),
      birthDate: d.birthDate,
    };
    return person ? api.call('onBehalf.updatePerson', { params: { customerNumber, id: person.id }, body: { ...body, version }, lookAlong: sessionId }) : api.call('onBehalf.addPerson', { params: { customerNumber }, body, lookAlong: sessionId });
  });

  const labels: Record<keyof PersonDraft, string> = {
    roleCode: t('details.role'),
    gender: t('details.gender'),
    initials: t('details.initials'),
    firstName: t('details.firstName'),
    middleName: t('details.middleName'),
    lastName: t('details.lastName'),
    birthDate: t('details.birthDate'),
  };
  const clientErrors = (d: PersonDraft): Record<string, string | undefined> => {
    const out: Record<string, string | undefined> = {};
    for (const name of ['roleCode', 'gender', 'initials', 'firstName', 'lastName'] as const) {
      if (!d[name].trim()) out[name] = t('edit.required', { field: labels[name] });
    }
    const born = new Date(`${d.birthDate}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.birthDate) || Number.isNaN(born.getTime()) || born.getTime() > Date.now()) out.birthDate = t('edit.person.birthDateInvalid');
    return out;
  };
  const client = touched ? clientErrors(draft) : {};
  const server = save.error ? classifyOnBehalfError(save.error).fields : {};

  const set = (name: keyof PersonDraft, value: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    if (save.error) save.reset();
  };
  const field = (name: keyof PersonDraft, extra: { autoFocus?: boolean; select?: 'role' | 'gender'; type?: string } = {}) => {
    const message = fieldMessage(client, server, name);
    return (
      <TextField
        name={name}
        label={labels[name]}
        value={draft[name]}
        autoFocus={extra.autoFocus}
        onChange={(e) => set(name, e.target.value)}
        error={Boolean(message)}
        helperText={message ?? ' '}
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
      </TextField>
    );
  };

  const submit = () => {
    setTouched(true);
    if (Object.values(clientErrors(draft)).some(Boolean)) return;
    save.mutate(draft, { onSuccess: () => { clear(); onSaved(); } });
  };

  return (
    <EditDialog
      title={person ? t('edit.person.editTitle') : t('edit.person.addTitle')}
      intro={t('edit.person.intro')}
      busy={save.isPending}
      error={save.error}
      onSubmit={submit}
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
