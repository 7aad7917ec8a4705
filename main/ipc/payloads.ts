import { z } from 'zod';
import {
  Notice,
  OpenFileRequest,
  Profile,
  SaveFileRequest,
  ServerUrl,
  UiSettings,
  ipcChannels,
} from '../../shared/bridge';
import { SERVER_URL_FIELD } from '../../shared/domain/serverUrl';

type InvokeChannel = Exclude<
  (typeof ipcChannels)[keyof typeof ipcChannels],
  typeof ipcChannels.serverStatusEvent | typeof ipcChannels.deepLinkEvent | typeof ipcChannels.notificationClickEvent
>;

const ProfileId = Profile.shape.id;
/** Session tokens are opaque strings; the cap keeps a hostile renderer from filling the store. */
const Token = z.string().min(1).max(4096);
/** base64 of at most ~50 MB: exports are far smaller; this bounds memory in main. */
const MAX_BASE64 = 70_000_000;

/**
 * Remote profiles must carry a server URL (the Profile schema allows https, or http only for
 * loopback); embedded ones none.
 */
const CheckedProfile = Profile.refine(
  (p) => (p.kind === 'embedded' ? p.serverUrl === undefined : typeof p.serverUrl === 'string'),
  { message: `${SERVER_URL_FIELD}: een externe server heeft een https://-adres nodig.` },
);

/**
 * The argument list each invoke channel accepts (exactly these, no extras). Main parses every call
 * with these before doing anything; event channels (main → renderer) have no entry.
 */
export const ipcPayloads = {
  [ipcChannels.appInfo]: z.tuple([]),
  [ipcChannels.settingsGet]: z.tuple([]),
  [ipcChannels.settingsSet]: z.tuple([UiSettings.partial().strict()]),
  [ipcChannels.profilesList]: z.tuple([]),
  [ipcChannels.profilesSave]: z.tuple([CheckedProfile]),
  [ipcChannels.profilesRemove]: z.tuple([ProfileId]),
  [ipcChannels.profilesActivate]: z.tuple([ProfileId]),
  // Only addresses a profile could have: main makes this request for the renderer, so it must not become a way
  // to reach arbitrary (plain http, intranet) addresses past the renderer's CSP.
  [ipcChannels.profilesTest]: z.tuple([ServerUrl]),
  [ipcChannels.serverStatus]: z.tuple([]),
  [ipcChannels.tokenGet]: z.tuple([ProfileId]),
  [ipcChannels.tokenSet]: z.tuple([ProfileId, Token.nullable()]),
  [ipcChannels.filesSave]: z.tuple([SaveFileRequest.extend({ dataBase64: z.base64().max(MAX_BASE64) })]),
  [ipcChannels.filesOpen]: z.tuple([OpenFileRequest]),
  [ipcChannels.notify]: z.tuple([Notice]),
  [ipcChannels.badge]: z.tuple([z.number().int().min(0).max(99_999)]),
  [ipcChannels.openExternal]: z.tuple([z.string().max(2048)]),
} satisfies Record<InvokeChannel, z.ZodType>;

export type IpcPayloads = typeof ipcPayloads;
export type IpcArgs<C extends InvokeChannel> = z.output<IpcPayloads[C]>;
export type { InvokeChannel };

export type PayloadCheck<C extends InvokeChannel> =
  | { ok: true; args: IpcArgs<C> }
  | { ok: false; error: string };

/** Validates the raw argument list of one invoke call against its channel's schema. */
export function validatePayload<C extends InvokeChannel>(channel: C, args: unknown[]): PayloadCheck<C> {
  const schema: z.ZodType = ipcPayloads[channel];
  const result = schema.safeParse(args);
  if (!result.success) {
    // Our own rules carry a Dutch message naming the field (e.g. the server address): pass that on.
    const own = result.error.issues.find((issue) => issue.code === 'custom');
    return { ok: false, error: own ? own.message : `Ongeldige gegevens voor ${channel}` };
  }
  return { ok: true, args: result.data as IpcArgs<C> };
}
