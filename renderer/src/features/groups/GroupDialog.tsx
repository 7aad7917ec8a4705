import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import type { CustomerGroup } from '../../../../shared/api/groups';
import { api } from '../../app/api';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
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
  const { form, submit, busy, problem, invalid, reload, discardDraft } = useServerForm({
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
  const cancel = () => {
    discardDraft();
    onClose();
  };
  const blocked = problem?.kind === 'stale' || problem?.kind === 'gone';
  return (
    <Dialog open onClose={busy ? undefined : cancel} fullWidth maxWidth="sm" aria-labelledby="group-dialog-title" data-testid="group-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="group-dialog-title">{t(id === null ? 'groups.dialog.add' : 'groups.dialog.edit')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormProblemAlert
              problem={problem}
              invalid={invalid}
              onReload={() => void reload()}
              texts={{
                stale: t('groups.conflict'),
                reload: t('groups.reload'),
                gone: t('groups.gone'),
                invalid: t('groups.invalid'),
                failed: (message) => t('groups.saveFailed', { message }),
              }}
            />
            <FormTextField control={form.control} name="name" label={t('groups.field.name')} autoFocus required slotProps={{ htmlInput: { maxLength: 80 } }} />
            <FormTextField control={form.control} name="description" label={t('groups.field.description')} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 500 } }} />
            <Controller
              control={form.control}
              name="rights"
              render={({ field, fieldState }) => (
                <RightsField value={field.value} onChange={field.onChange} label={t('groups.field.rights')} help={t('groups.field.rights.help')} error={fieldState.error?.message} />
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} disabled={busy}>
            {t('groups.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy || blocked}>
            {busy ? t('groups.saving') : t('groups.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
