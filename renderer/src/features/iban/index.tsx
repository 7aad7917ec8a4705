import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function IbanChangesScreen() {
  return <AreaPlaceholder titleKey="nav.iban" planKey="area.iban.plan" />;
}
