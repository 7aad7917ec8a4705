import type { LabelLang } from '../../../../shared/api/labels';
import { api } from '../../app/api';
import { kcc } from '../../bridge';
import { arrayBufferToBase64 } from '../customer/activation/bytes';

/** The export, saved through the bridge (Electron's save dialog, a download in the browser build). */
export async function exportLabelsFile(lang: LabelLang): Promise<boolean> {
  const bytes = await api.call('labels.export', { query: { lang } }, { timeoutMs: 120_000 });
  const r = await kcc.files.save({
    suggestedName: `labels-${lang}-${new Date().toISOString().slice(0, 10)}.xlsx`,
    dataBase64: arrayBufferToBase64(bytes),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  return r.saved;
}

/** An .xlsx chosen through the bridge, as bytes; null when the choice was cancelled. */
export async function chooseWorkbook(): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = await kcc.files.open({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
  if (!file) return null;
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { name: file.name, bytes };
}
