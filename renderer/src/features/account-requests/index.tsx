import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function AccountRequestsScreen() {
  return <AreaPlaceholder titleKey="nav.accountRequests" planKey="area.accountRequests.plan" />;
}
