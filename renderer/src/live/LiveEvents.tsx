import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LiveEvent } from '../../../shared/api/events';
import type { Staff } from '../../../shared/api/staff';
import { can } from '../../../shared/roles';
import { api, liveTransport } from '../app/api';
import { navigate } from '../app/router';
import { kcc } from '../bridge';
import { useT } from '../i18n';
import { connectLive } from './liveConnection';
import { useNotificationsEnabled } from './notificationSetting';

/** Which cached queries an event makes stale (by their first key part). */
const staleBy: Record<LiveEvent['type'], readonly string[]> = {
  'iban_change.created': ['iban', 'attention'],
  'iban_change.decided': ['iban', 'attention', 'partners'],
  'weborder.changed': ['weborders', 'attention', 'partners', 'finance'],
  'weborder_request.created': ['weborder-requests', 'attention'],
};

/**
 * The app's one live connection (mounted once in the shell while signed in): refreshes the queries an event
 * touches (no polling of lists), shows a desktop notification for new IBAN changes and teacher requests (a
 * click opens the item), and keeps the badge at the number of open items. A setting turns notifications off.
 */
export function LiveEvents({ staff }: { staff: Staff }) {
  const t = useT();
  const queryClient = useQueryClient();
  const enabled = useNotificationsEnabled();
  const notify = useRef({ enabled, t });
  notify.current = { enabled, t };

  useEffect(() => {
    const invalidate = (keys: readonly string[]) => void queryClient.invalidateQueries({ predicate: (q) => keys.includes(String(q.queryKey[0])) });
    return connectLive({
      baseUrl: liveTransport.baseUrl,
      token: liveTransport.token,
      onOpen: () => invalidate(['iban', 'attention', 'weborder-requests', 'weborders']),
      onEvent: (e) => {
        invalidate(staleBy[e.type]);
        const { enabled: on, t: tr } = notify.current;
        if (!on || e.data.byStaffId === staff.id) return;
        if (e.type === 'iban_change.created') void kcc.notify({ title: tr('live.newIbanChange'), body: tr('live.newIbanChange.body', { id: e.data.id }), target: `#/iban?id=${e.data.id}` });
        if (e.type === 'weborder_request.created') void kcc.notify({ title: tr('live.newRequest'), body: tr('live.newRequest.body', { id: e.data.id }), target: '#/weborder-requests' });
      },
    });
  }, [queryClient, staff.id]);

  useEffect(() => kcc.notifications.onClick((target) => navigate(target.replace(/^#/, ''))), []);

  // The badge: open IBAN changes and teacher requests this role handles (the overview's counts, kept fresh by events).
  const counts = useQuery({
    queryKey: ['attention', 'badge'],
    queryFn: ({ signal }) => api.call('attention.get', { query: { days: 7 } }, { signal }),
    enabled: can(staff.roles, 'iban.manage') || can(staff.roles, 'weborders.read'),
  });
  const open = (counts.data?.pendingIbanChanges?.count ?? 0) + (counts.data?.openWeborderRequests?.count ?? 0);
  useEffect(() => {
    void kcc.badge(enabled ? open : 0).catch(() => undefined);
  }, [open, enabled]);
  useEffect(() => () => void kcc.badge(0).catch(() => undefined), []);
  return null;
}
