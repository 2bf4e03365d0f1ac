import type { PipelineTotals, StageTotals } from '@/domain/hometown/pipeline.rules';
import type { Project, ProjectStage } from '@/domain/hometown/project.schema';
import { db, type DbHandle } from '@shared/platform/cloud';
import { allOf, incOrInsert } from '@shared/repos/query';

const projects = (h: DbHandle) => h.collection('projects');
const totals = (h: DbHandle) => h.collection('projectTotals');

/** The one counters document: county totals and each branch's, per stage. */
const TOTALS_ID = 'pipeline';

type StoredTotals = Partial<Record<ProjectStage, Partial<StageTotals>>>;
export interface TotalsDoc {
  _id: string;
  county?: StoredTotals;
  branches?: Record<string, StoredTotals>;
  updatedAt?: number;
}

export async function getProject(id: string, h: DbHandle = db): Promise<Project | null> {
  return ((await projects(h).doc(id).get()).data as Project | null) ?? null;
}

export async function insertProject(tx: DbHandle, p: Project): Promise<void> {
  await projects(tx).add({ data: p });
}

export async function patchProject(tx: DbHandle, id: string, patch: Partial<Project>): Promise<void> {
  await projects(tx).doc(id).update({ data: patch });
}

/**
 * Moves the pipeline counters by `delta` (paths `<stage>.<field>`) for the county and, when the
 * project is followed by a branch, for that branch; inside the project's transaction. update()
 * does not upsert: the first project ever inserts the document holding the delta.
 */
export async function bumpTotals(tx: DbHandle, branchId: string | null, delta: Record<string, number>, now: number): Promise<void> {
  const entries = Object.entries(delta);
  if (!entries.length) return;
  const incs: Record<string, number> = {};
  for (const [path, v] of entries) {
    incs[`county.${path}`] = v;
    if (branchId) incs[`branches.${branchId}.${path}`] = v;
  }
  // A first document stores `branches` even when no branch follows the project.
  await incOrInsert(tx, 'projectTotals', TOTALS_ID, incs, now, { branches: {} });
}

export async function getTotals(): Promise<TotalsDoc | null> {
  return ((await totals(db).doc(TOTALS_ID).get()).data as TotalsDoc | null) ?? null;
}

export type { PipelineTotals };

/** One request: newest first by `_id`. */
export async function queryProjects(conds: (object | null)[], before: string | undefined, limit: number): Promise<Project[]> {
  const where = allOf(conds, before);
  const { data } = await projects(db).where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as Project[];
}
