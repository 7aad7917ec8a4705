import { AreaPlaceholder } from '../../app/AreaPlaceholder';

/** Placeholder until this area is built: replace with the real screen (keep the default export). */
export default function KnowledgeBaseScreen() {
  return <AreaPlaceholder titleKey="nav.knowledgeBase" planKey="area.knowledgeBase.plan" />;
}
