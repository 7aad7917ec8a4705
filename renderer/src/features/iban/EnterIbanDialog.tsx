import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { PROOF_MAX_BYTES, proofContentTypes, type ProofContentType } from '../../../../shared/api/iban';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { kcc } from '../../bridge';
import { useDebounced } from '../../components/useDebounced';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { ibanKeys, usePartyBank } from './ibanQueries';
import { IbanField } from './IbanField';

interface Draft {
  partnerId: number | null;
  partnerName: string;
  oldIban: string;
  newIban: string;
  accountName: string;
  directorCc: string;
}
const empty: Draft = { partnerId: null, partnerName: '', oldIban: '', newIban: '', accountName: '', directorCc: '' };

const typeOf = (name: string): ProofContentType | null => {
  const ext = name.toLowerCase().split('.').pop();
  const t = ext === 'pdf' ? 'application/pdf' : ext === 'png' ? 'image/png' : ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : null;
  return t && (proofContentTypes as readonly string[]).includes(t) ? t : null;
};

/** A helpdesk member enters a partner's change from the e-mail: the typed fields survive a remount (draft). */
export function EnterIbanDialog({ onClose, onDone }: { onClose: () => void; onDone: (id: number, message: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft<Draft>('iban.enter', empty);
  const [proof, setProof] = useState<{ fileName: string; contentType: ProofContentType; dataBase64: string } | null>(null);
  const [proofError, setProofError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const partners = useQuery({ queryKey: ['iban', 'partners', q], queryFn: ({ signal }) => api.call('partners.list', { query: { q, pageSize: 20 } }, { signal }) });
  const bank = usePartyBank(draft.partnerId);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  // Prefill the old IBAN with the registered one (the helpdesk checks it against the e-mail).
  useEffect(() => {
    if (bank.data && draft.oldIban === '') setDraft({ ...draft, oldIban: bank.data.iban });
  }, [bank.data]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useMutation({
    mutationFn: async () => {
      if (draft.partnerId === null) throw new Error(t('form.invalid'));
      return api.call('ibanChanges.create', {
        body: { party: 'partner', partyId: draft.partnerId, oldIban: draft.oldIban, newIban: draft.newIban, accountName: draft.accountName, directorCc: draft.directorCc, proof: proof ?? { fileName: '', contentType: 'application/pdf', dataBase64: '' } },
      });
    },
    onSuccess: async (c) => {
      clearDraft();
      await queryClient.invalidateQueries({ queryKey: ibanKeys.all });
      onDone(c.id, t('iban.enter.saved', { id: c.id }));
    },
  });
  const fields = isApiError(save.error) && save.error.info.code === 'validation' ? (save.error.info.details?.fields ?? {}) : {};
  const fieldError = (name: string) => fields[name]?.[0] ?? (name === 'proof' ? Object.entries(fields).find(([k]) => k.startsWith('proof'))?.[1]?.[0] : undefined);

  const choose = async () => {
    const file = await kcc.files.open({ filters: [{ name: 'PDF, PNG, JPEG', extensions: ['pdf', 'png', 'jpg', 'jpeg'] }] });
    if (!file) return;
    const contentType = typeOf(file.name);
    if (!contentType) return setProofError(t('iban.enter.proof'));
    if ((file.dataBase64.length * 3) / 4 > PROOF_MAX_BYTES) return setProofError(t('iban.enter.proofTooBig'));
    setProofError(null);
    setProof({ fileName: file.name, contentType, dataBase64: file.dataBase64 });
  };

  const pendingId = bank.data?.pendingChangeId ?? null;
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="iban-enter-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <DialogTitle id="iban-enter-title">{t('iban.enter.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            <Autocomplete
              options={partners.data?.items ?? []}
              getOptionLabel={(p) => p.name}
              filterOptions={(x) => x}
              value={partners.data?.items.find((p) => p.id === draft.partnerId) ?? null}
              inputValue={search || draft.partnerName}
              onInputChange={(_e, v) => setSearch(v)}
              onChange={(_e, p) => set({ partnerId: p?.id ?? null, partnerName: p?.name ?? '', oldIban: '' })}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              renderInput={(params) => <TextField {...params} label={t('iban.enter.partner')} helperText={fieldError('partyId') ?? t('iban.enter.partnerHelp')} autoFocus name="partner" />}
            />
            {pendingId !== null && <Alert severity="warning">{t('iban.enter.pending', { id: pendingId })}</Alert>}
            <IbanField name="oldIban" label={t('iban.enter.oldIban')} value={draft.oldIban} onChange={(v) => set({ oldIban: v })} serverError={fieldError('oldIban')} />
            <IbanField name="newIban" label={t('iban.enter.newIban')} value={draft.newIban} onChange={(v) => set({ newIban: v })} serverError={fieldError('newIban')} />
            <TextField name="accountName" label={t('iban.enter.accountName')} value={draft.accountName} onChange={(e) => set({ accountName: e.target.value })} error={fieldError('accountName') !== undefined} helperText={fieldError('accountName') ?? ' '} />
            <TextField name="directorCc" type="email" label={t('iban.enter.directorCc')} value={draft.directorCc} onChange={(e) => set({ directorCc: e.target.value })} error={fieldError('directorCc') !== undefined} helperText={fieldError('directorCc') ?? ' '} />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" startIcon={<AttachFileOutlined />} onClick={() => void choose()}>
                {t('iban.enter.chooseProof')}
              </Button>
              <Typography variant="body2" data-testid="iban-proof-name">
                {proof?.fileName ?? t('iban.enter.noProof')}
              </Typography>
            </Stack>
            <Typography variant="caption" color={proofError || fieldError('proof') ? 'error' : 'text.secondary'}>
              {proofError ?? fieldError('proof') ?? t('iban.enter.proof')}
            </Typography>
            {save.isError && Object.keys(fields).length === 0 && <Alert severity="error">{save.error.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('iban.enter.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
