import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function FinanceScreen() {
  return <AreaPlaceholder titleKey="nav.finance" planKey="area.finance.plan" />;
}
