import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function FunctionalitiesScreen() {
  return <AreaPlaceholder titleKey="nav.functionalities" planKey="area.functionalities.plan" />;
}
