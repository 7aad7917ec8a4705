import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { letterParts, type LetterPart } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useT } from '../../../i18n';
import { liveSessionFor } from '../lookAlong/lookAlongStore';
import { householdLetterFileName } from './letterFiles';
import { useSavePdf } from './useSavePdf';

/** The household's two activation letters as PDFs, one per save: they are posted apart. */
export function HouseholdLettersDialog({ customerNumber, onClose }: { customerNumber: string; onClose: () => void }) {
  const t = useT();
  const { save, saved } = useSavePdf(
    (part: LetterPart) => api.call('activation.letterPdf', { params: { customerNumber, part }, lookAlong: liveSessionFor(customerNumber) }),
    (part) => householdLetterFileName(customerNumber, part),
  );
  return (
    <Dialog open onClose={save.isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="household-letters-title" data-testid="household-letters-dialog">
      <DialogTitle id="household-letters-title">{t('activation.pdfTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('activation.pdfText')}</DialogContentText>
          <Stack spacing={1}>
            {letterParts.map((part) => (
              <Button
                key={part}
                variant="outlined"
                startIcon={saved.includes(part) ? <CheckCircleOutlined color="success" /> : <SaveAltOutlined />}
                onClick={() => save.mutate(part)}
                disabled={save.isPending}
                autoFocus={part === 1}
                data-testid={`household-letter-${part}`}
                sx={{ justifyContent: 'flex-start' }}
              >
                {t(part === 1 ? 'activation.pdf1' : 'activation.pdf2')}
              </Button>
            ))}
          </Stack>
          {saved.length > 0 && (
            <Alert severity="success" data-testid="household-letters-saved">
              {saved.map((part) => t('activation.pdfSaved', { part })).join(' ')}
            </Alert>
          )}
          {save.error && <Alert severity="error">{t('activation.failed', { message: save.error.message })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={save.isPending}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
