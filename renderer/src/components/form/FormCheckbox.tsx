import { Checkbox, FormControlLabel, Switch } from '@mui/material';
import type { ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

export interface FormCheckboxProps<V extends FieldValues, B> {
  control: Control<V, unknown, B>;
  name: Path<V>;
  label: ReactNode;
  /** A switch instead of a tick box (a setting that is on or off). */
  switch?: boolean;
}

/** A tick box (or switch) with its label, bound to one boolean form field. */
export function FormCheckbox<V extends FieldValues, B>({ control, name, label, switch: asSwitch }: FormCheckboxProps<V, B>) {
  const { field } = useController({ control, name });
  const props = {
    name: field.name,
    checked: field.value === true,
    onChange: (_: unknown, checked: boolean) => field.onChange(checked),
    onBlur: field.onBlur,
    slotProps: { input: { ref: field.ref } },
  };
  return <FormControlLabel control={asSwitch ? <Switch {...props} /> : <Checkbox {...props} />} label={label} />;
}
