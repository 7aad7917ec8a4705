import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { kcc } from '../../bridge';
import { useT } from '../../i18n';
import { apiErrorText } from '../../components/apiErrorText';
import { useProof } from './ibanQueries';

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The proof inside the app: an image as an image, a PDF in the built-in viewer (from a blob: URL, never a file on disk). */
export function ProofViewer({ id, contentType, fileName }: { id: number; contentType: string | null; fileName: string | null }) {
  const t = useT();
  const proof = useProof(id, contentType);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!proof.data) return undefined;
    const u = URL.createObjectURL(proof.data);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [proof.data]);

  if (contentType === null) return <Alert severity="info">{t('iban.details.noProof')}</Alert>;
  if (proof.isError) return <Alert severity="error">{t('iban.details.proofFailed', { message: apiErrorText(proof.error, t) })}</Alert>;
  if (!url || !proof.data) return <CircularProgress size={24} aria-label={t('common.loading')} />;
  const save = async () => {
    const data = proof.data;
    if (!data) return;
    await kcc.files.save({ suggestedName: fileName ?? 'bewijs', dataBase64: await blobToBase64(data), filters: [] });
  };
  return (
    <Box>
      {contentType === 'application/pdf' ? (
        <Box component="iframe" src={url} title={fileName ?? t('iban.details.proof')} sx={{ width: '100%', height: 420, border: 1, borderColor: 'divider' }} />
      ) : (
        <Box component="img" src={url} alt={fileName ?? t('iban.details.proof')} data-testid="iban-proof-image" sx={{ maxWidth: '100%', maxHeight: 420, border: 1, borderColor: 'divider' }} />
      )}
      <Button size="small" startIcon={<SaveAltOutlined />} onClick={() => void save()}>
        {t('iban.details.saveProof')}
      </Button>
    </Box>
  );
}
