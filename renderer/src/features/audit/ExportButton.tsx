import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuditFilters } from '../../../../shared/api/audit';
import { api } from '../../app/api';
import { kcc } from '../../bridge';
import { useT } from '../../i18n';
import { arrayBufferToBase64 } from '../customer/activation/bytes';
import { auditKeys } from './auditQueries';

/** Export with the filters on screen: the server builds the .xlsx (and audits it), the bridge saves it. */
export function useAuditExport() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (filters: AuditFilters) => {
      const bytes = await api.call('audit.export', { query: filters }, { timeoutMs: 120_000 });
      return kcc.files.save({
        suggestedName: `${t('audit.export.fileName')}-${new Date().toISOString().slice(0, 10)}.xlsx`,
        dataBase64: arrayBufferToBase64(bytes),
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
    },
    // The export wrote its own audit entry.
    onSettled: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
}

export function ExportButton({ exporter, filters }: { exporter: ReturnType<typeof useAuditExport>; filters: AuditFilters }) {
  const t = useT();
  return (
    <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => exporter.mutate(filters)} disabled={exporter.isPending}>
      {exporter.isPending ? t('audit.export.busy') : t('audit.export')}
    </Button>
  );
}
