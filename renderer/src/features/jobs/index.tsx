import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function JobsScreen() {
  return <AreaPlaceholder titleKey="nav.jobs" planKey="area.jobs.plan" />;
}
