import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useT } from '../../i18n';

/** "CSS compileren" with unsaved changes asks, as the seed's portal does: from the server's data, save first, or not. */
export function CompileDialog(props: { open: boolean; busy: boolean; onServer: () => void; onSaveAndCompile: () => void; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open={props.open} onClose={props.busy ? undefined : props.onClose} aria-labelledby="theme-compile-title" data-testid="theme-compile-dialog">
      <DialogTitle id="theme-compile-title">{t('theme.compile.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('theme.compile.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onServer} disabled={props.busy}>
          {t('theme.compile.server')}
        </Button>
        <Button onClick={props.onSaveAndCompile} disabled={props.busy} variant="contained" autoFocus>
          {t('theme.compile.saveAnd')}
        </Button>
        <Button onClick={props.onClose} disabled={props.busy} color="inherit">
          {t('theme.cancel')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
