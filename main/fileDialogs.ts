import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { OpenFileRequest, OpenedFile, SaveFileRequest } from '../shared/bridge';
import { MAX_OPEN_BYTES, defaultSavePath, dialogFilters } from './fileNames';

/** Save: the user picks the place in a dialog; the renderer only supplies a name and the bytes. */
export async function saveWithDialog(win: BrowserWindow | null, req: SaveFileRequest): Promise<{ saved: boolean; path?: string }> {
  const options = { defaultPath: defaultSavePath(app.getPath('documents'), req.suggestedName), filters: dialogFilters(req.filters) };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFile(result.filePath, Buffer.from(req.dataBase64, 'base64'));
  return { saved: true, path: result.filePath };
}

/** Open: only a file the user chose in the dialog, up to MAX_OPEN_BYTES. */
export async function openWithDialog(win: BrowserWindow | null, req: OpenFileRequest): Promise<OpenedFile | null> {
  const options = { properties: ['openFile' as const], filters: dialogFilters(req.filters) };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const file = result.filePaths[0];
  if (result.canceled || !file) return null;
  if ((await stat(file)).size > MAX_OPEN_BYTES) throw new Error('Het bestand is te groot (maximaal 50 MB)');
  return { name: path.basename(file), dataBase64: (await readFile(file)).toString('base64') };
}
