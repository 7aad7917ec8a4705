import { defineRoutes } from '../route';
import { DemoInfo, ServerInfo, SignInRequest, SignInResponse, Staff, StaffAddress } from '../staff';

/** Server info, the demo accounts and staff sessions. */
export const staffRoutes = defineRoutes({
  'info.get': { method: 'GET', path: '/info', summary: 'Server name, version, demo mode and time', tag: 'info', access: 'public', response: ServerInfo },
  'info.demo': { method: 'GET', path: '/demo', summary: 'Demo staff accounts (demo mode only)', tag: 'info', access: 'public', response: DemoInfo },
  'staff.signIn': {
    method: 'POST',
    path: '/staff/sessions',
    summary: 'Staff sign-in: rate limited, IP ranges checked',
    tag: 'staff',
    access: 'public',
    body: SignInRequest,
    response: SignInResponse,
    status: 201,
  },
  'staff.me': { method: 'GET', path: '/staff/me', summary: 'The signed-in staff member', tag: 'staff', access: 'staff.self', response: Staff },
  'staff.myAddress': {
    method: 'GET',
    path: '/staff/me/address',
    summary: 'The address the IP ranges are checked against (for the lock-out warning)',
    tag: 'staff',
    access: 'staff.self',
    response: StaffAddress,
  },
  'staff.signOut': {
    method: 'DELETE',
    path: '/staff/sessions/current',
    summary: 'Ends the current staff session',
    tag: 'staff',
    access: 'staff.self',
    audit: ['staff.sign_out'],
    response: null,
    status: 204,
  },
});
