import type { CustomerOverview } from '../../../../../shared/api/customers';
import { useT } from '../../../i18n';
import { Section } from '../ui/Section';
import { SimpleTable } from '../ui/SimpleTable';
import { day } from '../ui/format';

/** Correspondentie (seed §2.12): the documents the customer sees. */
export function DocumentsSection({ documents }: { documents: CustomerOverview['documents'] }) {
  const t = useT();
  return (
    <Section title={t('customer.tab.documents')}>
      <SimpleTable
        label={t('customer.tab.documents')}
        rows={documents}
        rowKey={(r) => r.id}
        empty={t('documents.none')}
        columns={[
          { label: t('documents.date'), render: (r) => day(r.documentDate) },
          { label: t('documents.title'), render: (r) => r.title },
          { label: t('documents.kind'), render: (r) => r.kind },
        ]}
      />
    </Section>
  );
}
