import { TextField } from '@mui/material';
import { dutchBankName, formatIban, ibanProblem, normalizeIban } from '../../../../shared/domain/iban';
import { useT } from '../../i18n';

/**
 * An IBAN input that checks as you type (format, checksum) with the shared rules the server applies, shows what
 * was typed grouped by four and names the bank of a Dutch IBAN. A server error for the field wins.
 */
export function IbanField(props: { label: string; value: string; onChange: (v: string) => void; serverError?: string | undefined; allowEmpty?: boolean; autoFocus?: boolean; name: string }) {
  const t = useT();
  const typed = normalizeIban(props.value);
  const complete = typed.length >= 15;
  const problem = typed === '' ? null : ibanProblem(typed);
  const bank = dutchBankName(typed);
  const error = props.serverError ?? (complete && problem ? problem : null);
  const help = error ?? (problem === null && typed !== '' ? [formatIban(typed), bank ? t('iban.bankOf', { bank }) : t('iban.validIban')].join(' · ') : ' ');
  return (
    <TextField
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      onBlur={() => typed !== '' && props.onChange(formatIban(typed))}
      error={error !== null}
      helperText={help}
      autoFocus={props.autoFocus}
      autoComplete="off"
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' }, maxLength: 60 } }}
      fullWidth
    />
  );
}
