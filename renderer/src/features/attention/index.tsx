import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function AttentionScreen() {
  return <AreaPlaceholder titleKey="nav.attention" planKey="area.attention.plan" />;
}
