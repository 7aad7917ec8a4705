import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function SettingsScreen() {
  return <AreaPlaceholder titleKey="nav.settings" planKey="area.settings.plan" />;
}
