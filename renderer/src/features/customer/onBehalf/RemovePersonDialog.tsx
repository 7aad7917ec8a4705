import type { Person } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useT } from '../../../i18n';
import { EditDialog } from './EditDialog';
import { useOnBehalfMutation } from './useOnBehalf';
import { useReloadableVersion } from './useReloadableVersion';
import { personName } from '../sections/personName';

/** Removing a household person asks first (destructive). */
export function RemovePersonDialog({ customerNumber, person, onClose, onSaved }: { customerNumber: string; person: Person; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { version, reload } = useReloadableVersion(customerNumber, person.version, (o) => o.household.persons.find((p) => p.id === person.id)?.version);
  const remove = useOnBehalfMutation(customerNumber, (sessionId, v: number) => api.call('onBehalf.removePerson', { params: { customerNumber, id: person.id }, query: { version: v }, lookAlong: sessionId }));
  return (
    <EditDialog
      title={t('edit.person.removeTitle')}
      intro={t('edit.person.removeText', { name: personName(person) })}
      busy={remove.isPending}
      error={remove.error}
      onSubmit={() => remove.mutate(version, { onSuccess: onSaved })}
      onClose={onClose}
      onReload={() => void reload()}
      submitLabel={t('details.remove')}
      danger
      testId="remove-person-dialog"
    />
  );
}
