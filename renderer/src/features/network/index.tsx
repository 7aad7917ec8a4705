import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function NetworkScreen() {
  return <AreaPlaceholder titleKey="nav.network" planKey="area.network.plan" />;
}
