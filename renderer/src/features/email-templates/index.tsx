import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function EmailTemplatesScreen() {
  return <AreaPlaceholder titleKey="nav.emailTemplates" planKey="area.emailTemplates.plan" />;
}
