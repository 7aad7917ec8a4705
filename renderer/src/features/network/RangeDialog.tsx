import { Button, FormControl, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { IpRange } from '../../../../shared/api/ipRanges';
import type { StaffAddress } from '../../../../shared/api/staff';
import { api } from '../../app/api';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormDialog } from '../../components/FormDialog';
import { formDialogTexts } from '../../components/formDialogTexts';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { lockoutRisk, type LockoutRisk, type RangeChange } from './lockout';
import { fetchIpRanges, networkKeys } from './networkQueries';
import { emptyRangeForm, formFromRange, rangeSchema, ruleOf, toField } from './rangeForm';
import { RiskNotice } from './RiskNotice';

export interface RangeDialogProps {
  /** null: a new range. */
  range: IpRange | null;
  ranges: readonly IpRange[];
  me: StaffAddress | null;
  roles: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}

/** Add or edit one IP range: client checks with the server's rules, server field errors in place, 409 keeps the input. */
export function RangeDialog({ range, ranges, me, roles, onClose, onSaved }: RangeDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const id = range?.id ?? null;
  const [risk, setRisk] = useState<LockoutRisk | null>(null);
  const [understood, setUnderstood] = useState(false);

  const server = useServerForm({
    schema: rangeSchema,
    defaultValues: range ? formFromRange(range) : emptyRangeForm,
    draft: { key: `network.range.${id ?? 'new'}` },
    fieldFor: toField,
    // The lock-out check on the ranges as they would be: a risky change waits for the explicit tick.
    beforeSend: (body) => {
      const change: RangeChange = id === null ? { kind: 'add', rule: ruleOf(body) } : { kind: 'edit', id, rule: ruleOf(body) };
      const next = lockoutRisk(me, ranges, change, roles);
      if (next.kind === 'none' || (risk && understood)) return true;
      setRisk(next);
      setUnderstood(false);
      return false;
    },
    send: (body, values) =>
      id === null || values.version === null
        ? api.call('ipRanges.create', { body })
        : api.call('ipRanges.update', { params: { id }, body: { ...body, version: values.version } }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: networkKeys.ranges });
      onSaved();
    },
    onFailure: () => setRisk(null),
    reload: async () => {
      const list = await queryClient.fetchQuery({ queryKey: networkKeys.ranges, queryFn: fetchIpRanges, staleTime: 0 });
      const fresh = list.find((r) => r.id === id);
      return fresh ? formFromRange(fresh) : null;
    },
  });

  const { form, busy } = server;
  // Changed input: the warning has to be judged again on the next save.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: () => {
          setRisk(null);
          setUnderstood(false);
        },
      }),
    [form],
  );

  const confirming = risk !== null && risk.kind !== 'none';
  const { control } = form;
  const flagsError = form.formState.errors.admin?.message;

  return (
    <FormDialog
      testId="range-dialog"
      title={t(id === null ? 'network.dialog.add' : 'network.dialog.edit')}
      form={server}
      onClose={onClose}
      texts={formDialogTexts(t, 'network')}
      staleTestId="range-conflict"
      actions={
        confirming ? (
          <>
            <Button onClick={() => setRisk(null)}>{t('network.risk.back')}</Button>
            <Button type="submit" variant="contained" color={risk.kind === 'loopback' ? 'primary' : 'error'} disabled={!understood || busy}>
              {busy ? t('network.saving') : t('network.risk.saveAnyway')}
            </Button>
          </>
        ) : undefined
      }
    >
      <FormTextField
        control={control}
        name="cidr"
        label={t('network.field.cidr')}
        helperText={t('network.field.cidr.help')}
        autoFocus
        required
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      <FormControl error={Boolean(flagsError)} component="fieldset" variant="standard">
        <FormLabel component="legend">{t('network.field.for')}</FormLabel>
        <FormGroup row>
          <FormCheckbox control={control} name="admin" label={t('network.field.admin')} />
          <FormCheckbox control={control} name="kcc" label={t('network.field.kcc')} />
        </FormGroup>
        <FormHelperText>{flagsError ?? t('network.field.kcc.help')}</FormHelperText>
      </FormControl>
      <FormTextField
        control={control}
        name="description"
        label={t('network.field.description')}
        helperText={t('network.field.description.help')}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      {confirming && <RiskNotice risk={risk} understood={understood} onUnderstood={setUnderstood} />}
    </FormDialog>
  );
}
