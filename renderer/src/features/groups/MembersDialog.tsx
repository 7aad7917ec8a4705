import type { CustomerGroup } from '../../../../shared/api/groups';
import { api } from '../../app/api';
import { PagedTableDialog } from '../../components/PagedTableDialog';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { groupKeys } from './groupQueries';

const PAGE_SIZE = 25;

/** A group's members, page by page. */
export function MembersDialog({ group, onClose }: { group: CustomerGroup; onClose: () => void }) {
  const t = useT();
  const dates = useDates();
  return (
    <PagedTableDialog
      testId="members-dialog"
      title={t('groups.members.title', { name: group.name })}
      columns={[t('groups.members.customer'), t('groups.col.name'), t('groups.members.city'), t('groups.members.since')]}
      pageSize={PAGE_SIZE}
      queryKey={(page) => groupKeys.members(group.id, page)}
      fetchPage={(page, signal) => api.call('groups.members', { params: { id: group.id }, query: { page, pageSize: PAGE_SIZE } }, { signal })}
      rowKey={(m) => m.customerNumber}
      cells={(m) => [m.customerNumber, m.name, m.city, dates.dateTime(m.addedAt)]}
      emptyText={t('groups.members.empty')}
      onClose={onClose}
    />
  );
}
