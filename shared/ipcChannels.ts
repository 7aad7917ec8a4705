/** IPC channel names: one place, so main and preload cannot drift apart. */
export const ipcChannels = {
  appInfo: 'kcc:app:info',
  settingsGet: 'kcc:settings:get',
  settingsSet: 'kcc:settings:set',
  profilesList: 'kcc:profiles:list',
  profilesSave: 'kcc:profiles:save',
  profilesRemove: 'kcc:profiles:remove',
  serverStatus: 'kcc:server:status',
  serverStatusEvent: 'kcc:server:status-event',
  tokenGet: 'kcc:token:get',
  tokenSet: 'kcc:token:set',
  deepLinkEvent: 'kcc:deep-link',
  filesSave: 'kcc:files:save',
  filesOpen: 'kcc:files:open',
  notify: 'kcc:notify',
  openExternal: 'kcc:open-external',
} as const;
