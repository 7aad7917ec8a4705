/**
 * Sandboxed preload: exposes exactly one object, window.kcc, whose methods invoke main's IPC
 * channels. Nothing else (certainly not ipcRenderer) reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DeepLink, KccBridge, ServerStatus } from '../shared/bridge';
import { ipcChannels } from '../shared/ipcChannels';
import { LinkBuffer } from './linkBuffer';

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}

// Links can arrive before React subscribes; keep them until the first listener comes.
const links = new LinkBuffer<DeepLink>();
ipcRenderer.on(ipcChannels.deepLinkEvent, (_event: IpcRendererEvent, link: DeepLink) => links.push(link));

const bridge = {
  app: {
    info: () => ipcRenderer.invoke(ipcChannels.appInfo),
  },
  settings: {
    get: () => ipcRenderer.invoke(ipcChannels.settingsGet),
    set: (patch) => ipcRenderer.invoke(ipcChannels.settingsSet, patch),
  },
  profiles: {
    list: () => ipcRenderer.invoke(ipcChannels.profilesList),
    save: (profile) => ipcRenderer.invoke(ipcChannels.profilesSave, profile),
    remove: (id) => ipcRenderer.invoke(ipcChannels.profilesRemove, id),
    activate: (id) => ipcRenderer.invoke(ipcChannels.profilesActivate, id),
    test: (serverUrl) => ipcRenderer.invoke(ipcChannels.profilesTest, serverUrl),
  },
  server: {
    status: () => ipcRenderer.invoke(ipcChannels.serverStatus),
    onStatus: (listener) => subscribe<ServerStatus>(ipcChannels.serverStatusEvent, listener),
  },
  token: {
    get: (profileId) => ipcRenderer.invoke(ipcChannels.tokenGet, profileId),
    set: (profileId, token) => ipcRenderer.invoke(ipcChannels.tokenSet, profileId, token),
  },
  deepLinks: {
    onLink: (listener) => links.subscribe(listener),
  },
  files: {
    save: (req) => ipcRenderer.invoke(ipcChannels.filesSave, req),
    open: (req) => ipcRenderer.invoke(ipcChannels.filesOpen, req),
  },
  notify: (notice) => ipcRenderer.invoke(ipcChannels.notify, notice),
  notifications: {
    onClick: (listener) => subscribe<string>(ipcChannels.notificationClickEvent, listener),
  },
  badge: (count) => ipcRenderer.invoke(ipcChannels.badge, count),
  openExternal: (url) => ipcRenderer.invoke(ipcChannels.openExternal, url),
} satisfies KccBridge;

contextBridge.exposeInMainWorld('kcc', bridge);
