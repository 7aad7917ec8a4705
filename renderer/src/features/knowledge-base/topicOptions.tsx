import { MenuItem } from '@mui/material';
import type { Topic } from '../../../../shared/api/kb';

/** The choices of a topic select ("KBO-00001 · Huur"): an array, since MUI's select reads its MenuItems directly. */
export function topicOptions(topics: readonly Topic[]) {
  return topics.map((x) => (
    <MenuItem key={x.code} value={x.code}>
      {x.code} · {x.description}
    </MenuItem>
  ));
}
