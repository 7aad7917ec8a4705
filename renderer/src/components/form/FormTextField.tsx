import { TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

export type FormTextFieldProps<V extends FieldValues, B> = Omit<TextFieldProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'helperText'> & {
  control: Control<V, unknown, B>;
  name: Path<V>;
  /** Shown while the field has no message. */
  helperText?: ReactNode;
};

/** A MUI text field (or select) bound to one form field: its value, its message in place of the help text. */
export function FormTextField<V extends FieldValues, B>({ control, name, helperText, onBlur, ...rest }: FormTextFieldProps<V, B>) {
  const { field, fieldState } = useController({ control, name });
  const message = fieldState.error?.message;
  return (
    <TextField
      {...rest}
      name={field.name}
      value={field.value ?? ''}
      onChange={(e) => field.onChange(e.target.value)}
      onBlur={(e) => {
        field.onBlur();
        onBlur?.(e);
      }}
      inputRef={field.ref}
      error={Boolean(message)}
      helperText={message ?? helperText}
    />
  );
}
