import { Alert, Box, CircularProgress, Snackbar, Stack, Tab, Tabs } from '@mui/material';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../../shared/client';
import { useT } from '../../i18n';
import { ActivationPanel } from './activation/ActivationPanel';
import { CustomerHeader } from './CustomerHeader';
import { normaliseCustomerNumber, useCustomerOverview } from './customerQueries';
import { useOnBehalfState } from './onBehalf/useOnBehalf';
import { rememberCustomer } from './search/recentCustomers';
import { AccountSection } from './sections/AccountSection';
import { DetailsSection } from './sections/DetailsSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { DwellingSection } from './sections/DwellingSection';
import { FinanceSection } from './sections/FinanceSection';
import { RepairsSection } from './sections/RepairsSection';
import { TimelineSection } from './sections/TimelineSection';
import { addressLine } from './ui/format';

const tabs = ['details', 'dwelling', 'finance', 'repairs', 'timeline', 'documents', 'account', 'activation'] as const;
type TabId = (typeof tabs)[number];

/** #/customer/<nr>: what the customer sees in the portal, plus looking along and acting on the customer's behalf. */
export function CustomerScreen({ value }: { value: string }) {
  const t = useT();
  const nr = normaliseCustomerNumber(value);
  if (!nr) return <Alert severity="warning">{t('customer.invalidNumber', { value })}</Alert>;
  return <CustomerView customerNumber={nr} />;
}

function CustomerView({ customerNumber }: { customerNumber: string }) {
  const t = useT();
  const overview = useCustomerOverview(customerNumber);
  const state = useOnBehalfState(customerNumber);
  const [tab, setTab] = useState<TabId>('details');
  const [notice, setNotice] = useState<string | null>(null);
  const data = overview.data;

  useEffect(() => {
    if (!data) return;
    const a = data.contracts.find((c) => c.endDate === null)?.address ?? data.contact.correspondenceAddress;
    rememberCustomer({ customerNumber: data.household.customerNumber, name: data.household.name, address: addressLine(a) });
  }, [data]);

  if (overview.error) {
    const notFound = isApiError(overview.error) && overview.error.code === 'not_found';
    return <Alert severity={notFound ? 'warning' : 'error'}>{notFound ? t('customer.notFound', { customerNumber }) : t('customer.loadFailed', { message: overview.error.message })}</Alert>;
  }
  if (!data) return <CircularProgress aria-label={t('common.loading')} />;

  const canAct = state === 'active';
  return (
    <Stack spacing={2} sx={{ maxWidth: 1280 }} data-testid="customer-screen" data-customer={customerNumber}>
      <CustomerHeader overview={data} state={state} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={tab} onChange={(_e, v: TabId) => setTab(v)} variant="scrollable" aria-label={t('customer.tabs.label')}>
          {tabs.map((id) => (
            <Tab key={id} value={id} label={t(`customer.tab.${id}`)} id={`customer-tab-${id}`} aria-controls={`customer-panel-${id}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`customer-panel-${tab}`} aria-labelledby={`customer-tab-${tab}`}>
        {tab === 'details' && <DetailsSection overview={data} canAct={canAct} notify={setNotice} />}
        {tab === 'dwelling' && <DwellingSection contracts={data.contracts} />}
        {tab === 'finance' && <FinanceSection finance={data.finance} />}
        {tab === 'repairs' && <RepairsSection repairs={data.repairs} />}
        {tab === 'timeline' && <TimelineSection timeline={data.timeline} />}
        {tab === 'documents' && <DocumentsSection documents={data.documents} />}
        {tab === 'account' && <AccountSection account={data.account} accountRequest={data.accountRequest} erpAccountStatus={data.erpAccountStatus} />}
        {tab === 'activation' && <ActivationPanel customerNumber={customerNumber} notify={setNotice} />}
      </Box>
      <Snackbar open={notice !== null} autoHideDuration={5000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)} data-testid="customer-notice">
          {notice}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
