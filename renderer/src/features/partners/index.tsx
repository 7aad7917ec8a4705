import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function PartnersScreen() {
  return <AreaPlaceholder titleKey="nav.partners" planKey="area.partners.plan" />;
}
