import SearchRounded from '@mui/icons-material/SearchRounded';
import { Button } from '@mui/material';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { QuickLookupDialog } from './QuickLookupDialog';
import { isQuickLookupKey, quickLookupShortcutLabel } from './shortcut';

/**
 * The global customer lookup: Ctrl/Cmd+K from any screen, or the button in the app bar.
 * Only mounted for staff who may use the customer area.
 */
export function QuickLookup() {
  const t = useT();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isQuickLookupKey(event)) return;
      // Capture phase + preventDefault: the browser's own Ctrl+K (search bar) must not win.
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        startIcon={<SearchRounded />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
        data-testid="quick-lookup-button"
        sx={{ borderColor: 'rgba(255,255,255,0.45)', textTransform: 'none', whiteSpace: 'nowrap' }}
      >
        {t('quick.title')} · {quickLookupShortcutLabel()}
      </Button>
      {open && <QuickLookupDialog onClose={() => setOpen(false)} />}
    </>
  );
}
