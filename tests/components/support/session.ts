import type { StaffRole } from '../../../shared/api/staff';
import { signIn } from '../../../renderer/src/session/sessionStore';
import { fakeServer } from './fakeServer';

/** Signs the renderer's session in through the fake server, as a staff member with these roles (what useCan reads). */
export async function signInAs(roles: StaffRole[]): Promise<void> {
  fakeServer.on('POST', '/staff/sessions', {
    status: 201,
    body: { token: 'test-token', expiresAt: '2030-01-01T00:00:00.000Z', staff: { id: 1, username: 'medewerker', displayName: 'Medewerker', roles } },
  });
  await signIn('medewerker', 'x');
}
