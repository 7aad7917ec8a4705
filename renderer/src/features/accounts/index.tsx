import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function AccountsScreen() {
  return <AreaPlaceholder titleKey="nav.accounts" planKey="area.accounts.plan" />;
}
