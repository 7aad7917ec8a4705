import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function WebordersScreen() {
  return <AreaPlaceholder titleKey="nav.weborders" planKey="area.weborders.plan" />;
}
