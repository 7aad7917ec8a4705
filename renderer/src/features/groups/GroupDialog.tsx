import { useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import type { CustomerGroup } from '../../../../shared/api/groups';
import { api } from '../../app/api';
import { FormDialog } from '../../components/FormDialog';
import { formDialogTexts } from '../../components/formDialogTexts';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { emptyGroupForm, formFromGroup, groupSchema, toGroupField } from './groupForm';
import { fetchGroups, groupKeys } from './groupQueries';
import { RightsField } from './RightsField';

/** Add or edit a group: name, description, rights; server field errors in place, 409 keeps the input. */
export function GroupDialog({ group, onClose, onSaved }: { group: CustomerGroup | null; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const id = group?.id ?? null;
  const server = useServerForm({
    schema: groupSchema,
    defaultValues: group ? formFromGroup(group) : emptyGroupForm,
    draft: { key: `groups.group.${id ?? 'new'}` },
    fieldFor: toGroupField,
    send: (body, values) =>
      id === null || values.version === null ? api.call('groups.create', { body }) : api.call('groups.update', { params: { id }, body: { ...body, version: values.version } }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
      onSaved();
    },
    reload: async () => {
      const list = await queryClient.fetchQuery({ queryKey: groupKeys.list, queryFn: fetchGroups, staleTime: 0 });
      const fresh = list.find((g) => g.id === id);
      return fresh ? formFromGroup(fresh) : null;
    },
  });
  const { control } = server.form;
  return (
    <FormDialog
      testId="group-dialog"
      title={t(id === null ? 'groups.dialog.add' : 'groups.dialog.edit')}
      form={server}
      onClose={onClose}
      texts={formDialogTexts(t, 'groups')}
    >
      <FormTextField control={control} name="name" label={t('groups.field.name')} autoFocus required slotProps={{ htmlInput: { maxLength: 80 } }} />
      <FormTextField control={control} name="description" label={t('groups.field.description')} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 500 } }} />
      <Controller
        control={control}
        name="rights"
        render={({ field, fieldState }) => (
          <RightsField value={field.value} onChange={field.onChange} label={t('groups.field.rights')} help={t('groups.field.rights.help')} error={fieldState.error?.message} />
        )}
      />
    </FormDialog>
  );
}
