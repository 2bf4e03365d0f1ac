import { treeInputSchema } from '../domain/org/org.schema';
import { api, type ActionTable } from './table';

/** Every branch's join code as printable PNGs in one zip. */
export const posterActions = {
  'branch.posters': api(treeInputSchema),
} as const satisfies ActionTable;

export interface PosterOutputs {
  /** `url`: a temporary link to the zip (null when storage cannot sign one now); `names`: the PNGs in it. */
  'branch.posters': { fileName: string; url: string | null; count: number; names: string[] };
}
