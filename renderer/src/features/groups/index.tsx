import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function GroupsScreen() {
  return <AreaPlaceholder titleKey="nav.groups" planKey="area.groups.plan" />;
}
