import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function WeborderRequestsScreen() {
  return <AreaPlaceholder titleKey="nav.weborderRequests" planKey="area.weborderRequests.plan" />;
}
