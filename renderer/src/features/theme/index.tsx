import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function ThemeScreen() {
  return <AreaPlaceholder titleKey="nav.theme" planKey="area.theme.plan" />;
}
