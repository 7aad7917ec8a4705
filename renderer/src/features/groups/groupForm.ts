import { z } from 'zod';
import { CreateGroup, type CustomerGroup } from '../../../../shared/api/groups';

/** What the dialog holds (kept as a draft); `version` is the one the edit started from. */
export interface GroupForm {
  name: string;
  description: string;
  rights: string[];
  version: number | null;
}

export const emptyGroupForm: GroupForm = { name: '', description: '', rights: [], version: null };

export const formFromGroup = (g: CustomerGroup): GroupForm => ({ name: g.name, description: g.description, rights: [...g.rights], version: g.version });

/** The server's own rules; the version travels beside. */
export const groupSchema = z
  .object({ name: z.string(), description: z.string(), rights: z.array(z.string()), version: z.number().nullable() })
  .transform((f): z.input<typeof CreateGroup> => ({ name: f.name, description: f.description, rights: f.rights }))
  .pipe(CreateGroup);

export function toGroupField(name: string): 'name' | 'description' | 'rights' | null {
  if (name === 'name' || name === 'description') return name;
  if (name.startsWith('rights')) return 'rights';
  return null;
}
