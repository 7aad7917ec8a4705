import { api } from '../../app/api';
import { PagedTableDialog } from '../../components/PagedTableDialog';
import { useT } from '../../i18n';
import { jobKeys } from './jobQueries';

const PAGE_SIZE = 50;

/** A job's per-item report: what happened to each customer, page by page. */
export function JobItemsDialog({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const t = useT();
  return (
    <PagedTableDialog
      testId="job-items"
      title={t('jobs.items.title')}
      columns={['#', t('jobs.items.customer'), t('jobs.items.state'), t('jobs.items.message')]}
      pageSize={PAGE_SIZE}
      queryKey={(page) => jobKeys.items(jobId, page)}
      fetchPage={(page, signal) => api.call('jobs.items', { params: { jobId }, query: { page, pageSize: PAGE_SIZE } }, { signal })}
      rowKey={(i) => i.seq}
      cells={(i) => [i.seq, i.customerNumber, t(`jobs.item.${i.state}`), i.message ?? '']}
      onClose={onClose}
    />
  );
}
