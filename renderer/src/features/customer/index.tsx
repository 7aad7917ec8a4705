import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function CustomersScreen() {
  return <AreaPlaceholder titleKey="nav.customers" planKey="area.customers.plan" />;
}
