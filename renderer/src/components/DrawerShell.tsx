import CloseRounded from '@mui/icons-material/CloseRounded';
import { Drawer, IconButton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useEscapeWhenFocusLost } from './useEscapeWhenFocusLost';

export interface DrawerShellProps {
  open: boolean;
  onClose: () => void;
  /** The heading's id: the drawer is labelled by it, and focus returns to it after an action. */
  titleId: string;
  title: ReactNode;
  closeLabel: string;
  width: number;
  testId: string;
  /** Whether Escape closes the drawer while focus is lost (false while a dialog on top owns Escape). */
  escapeWhenFocusLost: boolean;
  children?: ReactNode;
}

/** Details beside a list: a right-hand drawer with a focusable heading and a close button. */
export function DrawerShell({ open, onClose, titleId, title, closeLabel, width, testId, escapeWhenFocusLost, children }: DrawerShellProps) {
  useEscapeWhenFocusLost(open && escapeWhenFocusLost, onClose);
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: width }, p: 3 }, 'aria-labelledby': titleId } }}
      data-testid={testId}
      // Above the app bar (which sits above the navigation drawer), so the title and close button show.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h2" id={titleId} tabIndex={-1} sx={{ flex: 1, outline: 'none' }}>
          {title}
        </Typography>
        <IconButton onClick={onClose} aria-label={closeLabel}>
          <CloseRounded />
        </IconButton>
      </Stack>
      {children}
    </Drawer>
  );
}

/**
 * After an action the pressed button may be gone (Blokkeren → De-blokkeren): put focus on the drawer's
 * heading so the keyboard (Escape, Tab) keeps working.
 */
export function focusDrawerTitle(titleId: string): void {
  requestAnimationFrame(() => document.getElementById(titleId)?.focus());
}
