import { z } from 'zod';
import type { Person } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useServerForm } from '../../../components/form/useServerForm';
import { useT } from '../../../i18n';
import { personName } from '../sections/personName';
import { EditDialog } from './EditDialog';
import { useFreshVersion, useOnBehalfSend } from './useOnBehalf';

/** Nothing to type: only the version the removal is meant for. */
const schema = z.object({ version: z.number() });

/** Removing a household person asks first (destructive). */
export function RemovePersonDialog({ customerNumber, person, onClose, onSaved }: { customerNumber: string; person: Person; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const send = useOnBehalfSend(customerNumber);
  const { submit, busy, problem, reload } = useServerForm({
    schema,
    defaultValues: { version: person.version },
    send: ({ version }) =>
      send((sessionId) => api.call('onBehalf.removePerson', { params: { customerNumber, id: person.id }, query: { version }, lookAlong: sessionId })),
    onSaved,
    reload: useFreshVersion(customerNumber, (o) => o.household.persons.find((p) => p.id === person.id)?.version),
  });
  return (
    <EditDialog
      title={t('edit.person.removeTitle')}
      intro={t('edit.person.removeText', { name: personName(person) })}
      busy={busy}
      problem={problem}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={() => void reload()}
      submitLabel={t('details.remove')}
      danger
      testId="remove-person-dialog"
    />
  );
}
