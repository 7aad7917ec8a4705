import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { IpRange } from '../../../../shared/api/ipRanges';
import type { StaffAddress } from '../../../../shared/api/staff';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { discardDraft, useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { lockoutRisk, type LockoutRisk, type RangeChange } from './lockout';
import { networkKeys } from './networkQueries';
import { emptyRangeForm, formFromRange, parseRangeForm, toField, type RangeErrors, type RangeForm } from './rangeForm';
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
  const draftKey = `network.range.${id ?? 'new'}`;
  const [form, setForm] = useDraft<RangeForm>(draftKey, range ? formFromRange(range) : emptyRangeForm);
  const [errors, setErrors] = useState<RangeErrors>({});
  const [conflict, setConflict] = useState(false);
  const [gone, setGone] = useState(false);
  const [risk, setRisk] = useState<LockoutRisk | null>(null);
  const [understood, setUnderstood] = useState(false);

  const save = useMutation({
    mutationFn: (parsed: Extract<ReturnType<typeof parseRangeForm>, { ok: true }>) =>
      id === null || !parsed.update ? api.call('ipRanges.create', { body: parsed.create }) : api.call('ipRanges.update', { params: { id }, body: parsed.update }),
    onSuccess: async () => {
      discardDraft(draftKey);
      await queryClient.invalidateQueries({ queryKey: networkKeys.ranges });
      onSaved();
    },
    onError: (error: Error) => {
      setRisk(null);
      if (!isApiError(error)) return;
      if (error.code === 'conflict') setConflict(true);
      if (error.code === 'not_found') setGone(true);
      if (error.code === 'validation') {
        const next: RangeErrors = {};
        for (const [name, message] of Object.entries(error.fieldErrors())) {
          const field = toField(name);
          if (field && !next[field]) next[field] = message;
        }
        setErrors(next);
      }
    },
  });

  const update = <K extends keyof RangeForm>(field: K, value: RangeForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    const errorField = toField(field);
    if (errorField) setErrors((e) => ({ ...e, [errorField]: undefined }));
    // Changed input: the warning has to be judged again on the next save.
    setRisk(null);
    setUnderstood(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRangeForm(form);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    const change: RangeChange = id === null ? { kind: 'add', rule: parsed.rule } : { kind: 'edit', id, rule: parsed.rule };
    const next = lockoutRisk(me, ranges, change, roles);
    if (next.kind !== 'none' && !(risk && understood)) {
      setRisk(next);
      setUnderstood(false);
      return;
    }
    save.mutate(parsed);
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: networkKeys.ranges });
    const fresh = queryClient.getQueryData<IpRange[]>(networkKeys.ranges)?.find((r) => r.id === id);
    setConflict(false);
    setErrors({});
    setRisk(null);
    if (fresh) setForm(formFromRange(fresh));
    else setGone(true);
  };

  const cancel = () => {
    discardDraft(draftKey);
    onClose();
  };

  const otherError =
    save.error && isApiError(save.error) && !['conflict', 'validation', 'not_found', 'network'].includes(save.error.code) ? save.error : null;
  const confirming = risk !== null && risk.kind !== 'none';

  return (
    <Dialog open onClose={save.isPending ? undefined : cancel} fullWidth maxWidth="sm" aria-labelledby="range-dialog-title" data-testid="range-dialog">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="range-dialog-title">{t(id === null ? 'network.dialog.add' : 'network.dialog.edit')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {conflict && (
              <Alert
                severity="warning"
                data-testid="range-conflict"
                action={
                  <Button color="inherit" size="small" onClick={() => void reload()} sx={{ whiteSpace: 'nowrap' }}>
                    {t('network.reload')}
                  </Button>
                }
              >
                {t('network.conflict')}
              </Alert>
            )}
            {gone && <Alert severity="error">{t('network.gone')}</Alert>}
            {Object.values(errors).some(Boolean) && <Alert severity="error">{t('network.invalid')}</Alert>}
            {otherError && <Alert severity="error">{t('network.saveFailed', { message: otherError.message })}</Alert>}
            <TextField
              label={t('network.field.cidr')}
              name="cidr"
              value={form.cidr}
              onChange={(e) => update('cidr', e.target.value)}
              error={!!errors.cidr}
              helperText={errors.cidr ?? t('network.field.cidr.help')}
              autoFocus
              required
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
            <FormControl error={!!errors.admin} component="fieldset" variant="standard">
              <FormLabel component="legend">{t('network.field.for')}</FormLabel>
              <FormGroup row>
                <FormControlLabel
                  control={<Checkbox name="admin" checked={form.admin} onChange={(e) => update('admin', e.target.checked)} />}
                  label={t('network.field.admin')}
                />
                <FormControlLabel
                  control={<Checkbox name="kcc" checked={form.kcc} onChange={(e) => update('kcc', e.target.checked)} />}
                  label={t('network.field.kcc')}
                />
              </FormGroup>
              <FormHelperText>{errors.admin ?? t('network.field.kcc.help')}</FormHelperText>
            </FormControl>
            <TextField
              label={t('network.field.description')}
              name="description"
              value={form.description}
              onChange={(e) => update('description', e.target.value)}
              error={!!errors.description}
              helperText={errors.description ?? t('network.field.description.help')}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            {confirming && <RiskNotice risk={risk} understood={understood} onUnderstood={setUnderstood} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          {confirming ? (
            <>
              <Button onClick={() => setRisk(null)}>{t('network.risk.back')}</Button>
              <Button type="submit" variant="contained" color={risk.kind === 'loopback' ? 'primary' : 'error'} disabled={!understood || save.isPending}>
                {save.isPending ? t('network.saving') : t('network.risk.saveAnyway')}
              </Button>
            </>
          ) : (
            <>
              <Button onClick={cancel} disabled={save.isPending}>
                {t('network.cancel')}
              </Button>
              <Button type="submit" variant="contained" disabled={save.isPending || conflict || gone}>
                {save.isPending ? t('network.saving') : t('network.save')}
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
