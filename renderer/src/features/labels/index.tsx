import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function LabelsScreen() {
  return <AreaPlaceholder titleKey="nav.labels" planKey="area.labels.plan" />;
}
