import { DemoInfo, ServerInfo, SignInResponse, Staff, StaffAddress, type SignInRequest } from '../api/staff';
import type { Requester } from './http';

/** Staff sessions and the public info endpoints. */
export function staffApi(request: Requester) {
  return {
    info: () => request('GET', '/info', ServerInfo),
    demo: () => request('GET', '/demo', DemoInfo),
    signIn: (body: SignInRequest) => request('POST', '/staff/sessions', SignInResponse, { body }),
    me: () => request('GET', '/staff/me', Staff),
    myAddress: (signal?: AbortSignal) => request('GET', '/staff/me/address', StaffAddress, { signal }),
    signOut: () => request('DELETE', '/staff/sessions/current', null),
  };
}
