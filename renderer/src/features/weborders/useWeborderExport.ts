import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { WeborderFilter } from '../../../../shared/api/weborders';
import { api } from '../../app/api';
import { kcc } from '../../bridge';
import { useT } from '../../i18n';
import { arrayBufferToBase64 } from '../customer/activation/bytes';

/**
 * "Alle weborders, altijd actueel" as .xlsx: the server streams the file as it writes it, the app shows the bytes
 * received so far, and the desktop's save dialog stores it.
 */
export function useWeborderExport() {
  const t = useT();
  const [received, setReceived] = useState(0);
  const mutation = useMutation({
    mutationFn: async (filter: WeborderFilter) => {
      setReceived(0);
      const bytes = await api.call('weborders.export', { query: filter }, { timeoutMs: 300_000, onDownloadProgress: setReceived });
      return kcc.files.save({
        suggestedName: `${t('weborders.export.fileName')}-${new Date().toISOString().slice(0, 10)}.xlsx`,
        dataBase64: arrayBufferToBase64(bytes),
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
    },
  });
  return { ...mutation, received };
}

/** "1,4 MB" / "830 kB". */
export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(0, Math.round(n / 1000)).toLocaleString('nl-NL')} kB`;
}
