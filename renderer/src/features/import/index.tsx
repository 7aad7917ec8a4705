import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function ImportScreen() {
  return <AreaPlaceholder titleKey="nav.import" planKey="area.import.plan" />;
}
