import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function AuditScreen() {
  return <AreaPlaceholder titleKey="nav.audit" planKey="area.audit.plan" />;
}
