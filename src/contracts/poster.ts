import type { PosterProgress } from '../domain/org/poster-job.rules';
import { treeInputSchema } from '../domain/org/org.schema';
import { posterStatusInputSchema } from '../domain/org/poster.schema';
import { api, type ActionTable } from './table';

/**
 * Every branch's join code as printable PNGs in one zip, drawn in steps (docs/decisions/posters.md):
 * `branch.posters` starts a job and runs its first step; `branch.postersStatus` runs the next step
 * of an unfinished job and answers its progress, the finished zip's fileID and link.
 */
export const posterActions = {
  'branch.posters': api(treeInputSchema),
  'branch.postersStatus': api(posterStatusInputSchema),
} as const satisfies ActionTable;

export type { PosterProgress } from '../domain/org/poster-job.rules';

export interface PosterOutputs {
  'branch.posters': PosterProgress;
  'branch.postersStatus': PosterProgress;
}
