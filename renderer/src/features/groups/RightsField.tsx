import { Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, Stack } from '@mui/material';
import { flattenPortalFunctions } from '../../../../shared/domain/portalFunctions';
import { useI18n } from '../../i18n';

const functions = flattenPortalFunctions();

/** The portal's functions as a two-level list of checkboxes (shared/domain/portalFunctions.ts, the one definition). */
export function RightsField({ value, onChange, label, help, error }: { value: readonly string[]; onChange: (v: string[]) => void; label: string; help: string; error?: string }) {
  const { language } = useI18n();
  const toggle = (key: string, on: boolean) => onChange(on ? [...value.filter((k) => k !== key), key] : value.filter((k) => k !== key));
  return (
    <FormControl component="fieldset" variant="standard" error={Boolean(error)}>
      <FormLabel component="legend">{label}</FormLabel>
      <Stack sx={{ maxHeight: 320, overflowY: 'auto' }} data-testid="group-rights">
        {functions.map(({ key, parent, fn }) => (
          <FormControlLabel
            key={key}
            sx={{ pl: parent ? 3 : 0 }}
            control={<Checkbox size="small" checked={value.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />}
            label={fn.name[language]}
          />
        ))}
      </Stack>
      <FormHelperText>{error ?? help}</FormHelperText>
    </FormControl>
  );
}

/** A right's name in the UI language. */
export function useRightName(): (key: string) => string {
  const { language } = useI18n();
  return (key) => functions.find((f) => f.key === key)?.fn.name[language] ?? key;
}
