import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function OutboxScreen() {
  return <AreaPlaceholder titleKey="nav.outbox" planKey="area.outbox.plan" />;
}
