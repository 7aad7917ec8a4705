import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Box, Chip, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import type { KeyboardEvent, Ref } from 'react';

export interface FilterChip<S extends string> {
  value: S;
  label: string;
}

export interface SearchPanelProps<S extends string> {
  label: string;
  placeholder: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  filtersLabel: string;
  filters: readonly FilterChip<S>[];
  status: S | null;
  onStatus: (status: S | null) => void;
  /** ArrowDown in the field: move into the results. */
  onArrowDown: () => void;
  /** Enter in the field; returns true when it was taken (e.g. ArrowDown + Enter typed before the rows were there). */
  onEnter?: () => boolean;
  /** The field got or lost the focus. */
  onFocus?: () => void;
  onLeave?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  name: string;
}

/** The one search field (focused on open) and the "Zoek alleen in" chips; one chip at a time, like the portal. */
export function SearchPanel<S extends string>(props: SearchPanelProps<S>) {
  const { label, placeholder, hint, value, onChange, filtersLabel, filters, status, onStatus, onArrowDown, onEnter, onFocus, onLeave, inputRef, name } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    } else if (event.key === 'Enter' && onEnter?.()) {
      event.preventDefault();
    }
  };
  return (
    <Stack spacing={1.5}>
      <TextField
        label={label}
        placeholder={placeholder}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onLeave}
        inputRef={inputRef}
        autoFocus
        fullWidth
        size="small"
        autoComplete="off"
        helperText={hint}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined fontSize="small" />
              </InputAdornment>
            ),
          },
          htmlInput: { 'aria-keyshortcuts': 'ArrowDown', type: 'search', spellCheck: false },
        }}
      />
      <Box role="group" aria-label={filtersLabel} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" component="span">
          {filtersLabel}:
        </Typography>
        {filters.map((f) => {
          const selected = status === f.value;
          return (
            <Chip
              key={f.value}
              label={f.label}
              size="small"
              clickable
              color={selected ? 'primary' : 'default'}
              variant={selected ? 'filled' : 'outlined'}
              aria-pressed={selected}
              data-filter={f.value}
              onClick={() => onStatus(selected ? null : f.value)}
            />
          );
        })}
      </Box>
    </Stack>
  );
}
