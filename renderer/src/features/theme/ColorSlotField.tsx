import { Box, TextField } from '@mui/material';
import { useController, type Control } from 'react-hook-form';
import { checkColor, rgbaCss, rgbHex } from '../../../../shared/domain/colorExpression';
import type { ThemeSlot } from '../../../../shared/domain/themeSlots';
import { useI18n, useT } from '../../i18n';
import { slotField, type ThemeForm } from './themeForm';

/** One numbered colour slot: the expression as text (checked as typed), a swatch, and a colour picker beside it. */
export function ColorSlotField<B>({ control, slot }: { control: Control<ThemeForm, unknown, B>; slot: ThemeSlot }) {
  const t = useT();
  const { language } = useI18n();
  const name = slotField(String(slot.n));
  const { field, fieldState } = useController({ control, name });
  const value = typeof field.value === 'string' ? field.value : '';
  const check = checkColor(value);
  const label = t('theme.slot', { n: slot.n, name: language === 'en' ? slot.en : slot.nl });
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        size="small"
        fullWidth
        label={label}
        name={field.name}
        value={value}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={Boolean(fieldState.error)}
        helperText={fieldState.error?.message}
        slotProps={{ htmlInput: { spellCheck: false, 'data-testid': `slot-${slot.n}` } }}
      />
      <Box
        aria-hidden
        sx={{ width: 28, height: 28, mt: 0.75, flex: 'none', borderRadius: 0.5, border: 1, borderColor: 'divider', bgcolor: check.ok ? rgbaCss(check.rgba) : 'transparent' }}
      />
      <Box
        component="input"
        type="color"
        aria-label={t('theme.slot.picker', { n: slot.n, name: language === 'en' ? slot.en : slot.nl })}
        value={check.ok ? rgbHex(check.rgba) : '#000000'}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => field.onChange(e.target.value)}
        sx={{ width: 36, height: 36, p: 0, mt: 0.25, flex: 'none', border: 0, bgcolor: 'transparent', cursor: 'pointer' }}
      />
    </Box>
  );
}
