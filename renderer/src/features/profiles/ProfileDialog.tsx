import { Button } from '@mui/material';
import { useEffect } from 'react';
import type { Profile } from '../../../../shared/bridge';
import { kcc } from '../../bridge';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { ConnectionTestResult } from './ConnectionTestResult';
import { bridgeMessage, emptyProfileForm, formFromProfile, newProfileId, profileSchema } from './profileForm';
import { useConnectionTest } from './useConnectionTest';

export interface ProfileDialogProps {
  /** null: a new profile. */
  profile: Profile | null;
  /** The active profile's address stays as it is (the app is connected to it); its name may change. */
  addressLocked?: boolean;
  onClose: () => void;
  onSaved: (profiles: Profile[]) => void;
}

/** Add or edit a server profile: name and address checked with the shared rules, and a connection test of the address. */
export function ProfileDialog({ profile, addressLocked = false, onClose, onSaved }: ProfileDialogProps) {
  const t = useT();
  const id = profile?.id ?? null;
  const connection = useConnectionTest();
  const clearTest = connection.clear;

  const { form, submit, busy, problem, invalid, discardDraft } = useServerForm({
    schema: profileSchema,
    defaultValues: profile ? formFromProfile(profile) : emptyProfileForm,
    draft: { key: `profiles.profile.${id ?? 'new'}` },
    required: ['name', 'serverUrl'],
    requiredMessage: (field) => t(field === 'name' ? 'profiles.field.name.required' : 'profiles.field.serverUrl.required'),
    send: (body) => kcc.profiles.save({ id: id ?? newProfileId(body.name), kind: 'remote', name: body.name, serverUrl: body.serverUrl }),
    onSaved: (profiles) => onSaved(profiles),
  });

  // A test result speaks of the address it tested: a changed address needs a new test.
  useEffect(
    () => form.subscribe({ name: 'serverUrl', formState: { values: true }, callback: () => clearTest() }),
    [form, clearTest],
  );

  const test = async () => {
    if (!(await form.trigger('serverUrl'))) return;
    await connection.run(form.getValues('serverUrl').trim());
  };

  const { control } = form;

  return (
    <FormDialog
      testId="profile-dialog"
      title={t(id === null ? 'profiles.dialog.add' : 'profiles.dialog.edit')}
      // No reload: profiles are this computer's own, nobody else changes them meanwhile.
      form={{ submit, busy, problem, invalid, discardDraft }}
      onClose={onClose}
      blocked={false}
      texts={{
        cancel: t('profiles.cancel'),
        save: t('profiles.save'),
        saving: t('profiles.saving'),
        invalid: t('profiles.invalid'),
        failed: (_message, error) => t('profiles.saveFailed', { message: bridgeMessage(error) }),
      }}
      actionsSx={{ px: 3, pb: 2 }}
      startActions={
        <Button onClick={() => void test()} disabled={connection.testing} sx={{ mr: 'auto' }}>
          {connection.testing ? t('profiles.testing') : t('profiles.test')}
        </Button>
      }
    >
      <FormTextField
        control={control}
        name="name"
        label={t('profiles.field.name')}
        helperText={t('profiles.field.name.help')}
        autoFocus
        required
        autoComplete="off"
        slotProps={{ htmlInput: { maxLength: 80 } }}
      />
      <FormTextField
        control={control}
        name="serverUrl"
        type="url"
        label={t('profiles.field.serverUrl')}
        helperText={addressLocked ? t('profiles.field.serverUrl.locked') : t('profiles.field.serverUrl.help')}
        required
        disabled={addressLocked}
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, maxLength: 2048, style: { fontFamily: 'monospace' } } }}
      />
      {connection.outcome && <ConnectionTestResult outcome={connection.outcome} />}
    </FormDialog>
  );
}
