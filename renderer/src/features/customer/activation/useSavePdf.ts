import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { kcc } from '../../../bridge';
import { arrayBufferToBase64 } from './bytes';

/**
 * Fetches a PDF and hands it to the save dialog. The bytes are kept until they are saved: a bulk mailing can
 * be fetched only once, so a cancelled save dialog must not need a second download.
 */
export function useSavePdf<K extends string | number>(fetchPdf: (key: K) => Promise<ArrayBuffer>, nameOf: (key: K) => string) {
  const kept = useRef(new Map<K, ArrayBuffer>());
  const [saved, setSaved] = useState<readonly K[]>([]);
  const save = useMutation({
    mutationFn: async (key: K) => {
      const bytes = kept.current.get(key) ?? (await fetchPdf(key));
      kept.current.set(key, bytes);
      const result = await kcc.files.save({ suggestedName: nameOf(key), dataBase64: arrayBufferToBase64(bytes), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (result.saved) {
        kept.current.delete(key);
        setSaved((s) => (s.includes(key) ? s : [...s, key]));
      }
      return result;
    },
  });
  return { save, saved };
}
