import type { CustomerOverview } from '../../../../../shared/api/customers';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { Section } from '../ui/Section';
import { SimpleTable } from '../ui/SimpleTable';

/** Correspondentie: the documents the customer sees in the portal. */
export function DocumentsSection({ documents }: { documents: CustomerOverview['documents'] }) {
  const t = useT();
  const dates = useDates();
  return (
    <Section title={t('customer.tab.documents')}>
      <SimpleTable
        label={t('customer.tab.documents')}
        rows={documents}
        rowKey={(r) => r.id}
        empty={t('documents.none')}
        columns={[
          { label: t('documents.date'), render: (r) => dates.day(r.documentDate) },
          { label: t('documents.title'), render: (r) => r.title },
          { label: t('documents.kind'), render: (r) => r.kind },
        ]}
      />
    </Section>
  );
}
