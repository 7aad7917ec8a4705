import { Box, Paper, Typography } from '@mui/material';
import { useId } from 'react';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FormTextField } from '../../components/form/FormTextField';
import { MarkupView } from '../../components/MarkupView';
import { useT } from '../../i18n';

export interface MarkupFieldProps<V extends FieldValues, B> {
  control: Control<V, unknown, B>;
  name: Path<V>;
  label: string;
  testId: string;
}

/**
 * A text in the portal's markup with a side-by-side preview as it is typed, from the same parser the portal
 * and the server use (shared/markup via MarkupView: React elements, never innerHTML).
 */
export function MarkupField<V extends FieldValues, B>({ control, name, label, testId }: MarkupFieldProps<V, B>) {
  const t = useT();
  const value: unknown = useWatch({ control, name });
  const text = typeof value === 'string' ? value : '';
  const previewId = useId();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <FormTextField
        control={control}
        name={name}
        label={label}
        multiline
        minRows={4}
        helperText={t('kb.markup.help')}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-input`, 'aria-describedby': previewId, maxLength: 10000 } }}
      />
      <Paper variant="outlined" sx={{ p: 1.5, minHeight: 100 }} data-testid={`${testId}-preview`}>
        <Typography id={previewId} variant="overline" component="p" sx={{ color: 'text.secondary', lineHeight: 1.5 }}>
          {t('kb.preview')}
        </Typography>
        {text.trim() ? (
          <MarkupView markup={text} />
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('kb.preview.empty')}
          </Typography>
        )}
      </Paper>
    </Box>
  );
}
