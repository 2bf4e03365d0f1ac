import type { Branch, Group } from '@/domain/org/org.schema';
import { db, type DbHandle } from '@shared/platform/cloud';
import { byIds, getAll } from '@shared/repos/query';
import type { Join } from './caller.repo';

const branches = (h: DbHandle) => h.collection('branches');
const groups = (h: DbHandle) => h.collection('groups');

export async function getBranch(id: string, h: DbHandle = db): Promise<Branch | null> {
  return ((await branches(h).doc(id).get()).data as Branch | null) ?? null;
}

/** getBranchByCode and getGroup as joins of the caller's read (member.join). */
export const branchByCodeJoin = (code: string): Join => ({ collection: 'branches', match: { code }, limit: 1 });
export const groupJoin = (id: string): Join => ({ collection: 'groups', match: { _id: id } });

export async function getBranchByCode(code: string): Promise<Branch | null> {
  const { data } = await branches(db).where({ code }).limit(1).get();
  return (data[0] as Branch | undefined) ?? null;
}

export async function branchNameTaken(name: string): Promise<boolean> {
  const { data } = await branches(db).where({ name }).field({ _id: true }).limit(1).get();
  return data.length > 0;
}

export async function insertBranch(branch: Branch): Promise<void> {
  await branches(db).add({ data: branch });
}

export const listBranches = (): Promise<Branch[]> => getAll<Branch>(db, 'branches');

/**
 * Writes the changed fields of a branch — its edit, archive mark or join settings — in one update
 * outside any transaction (a rename onto a taken name fails on the unique index).
 */
export async function patchBranch(id: string, patch: Partial<Branch>): Promise<void> {
  await branches(db).doc(id).update({ data: patch });
}

/** The units directly under a 流动党委 / 流动党总支 (index parent_id), archived ones included. */
export async function childBranches(parentId: string): Promise<Branch[]> {
  const { data } = await branches(db).where({ parentId }).limit(1000).get();
  return data as Branch[];
}

export async function getGroup(id: string, h: DbHandle = db): Promise<Group | null> {
  return ((await groups(h).doc(id).get()).data as Group | null) ?? null;
}

export async function groupTaken(township: string, village: string): Promise<boolean> {
  const { data } = await groups(db).where({ township, village }).field({ _id: true }).limit(1).get();
  return data.length > 0;
}

export async function insertGroup(group: Group): Promise<void> {
  await groups(db).add({ data: group });
}

export const listGroups = (): Promise<Group[]> => getAll<Group>(db, 'groups');

/** Writes the changed fields of a group (a move onto a taken village fails on the unique index). */
export async function patchGroup(id: string, patch: Partial<Group>): Promise<void> {
  await groups(db).doc(id).update({ data: patch });
}

/** Branches by id (one request; ids beyond 1000 are not expected: an audience lists at most 100). */
export const branchesByIds = (ids: string[]): Promise<Branch[]> => byIds<Branch>(db, 'branches', ids);

/** Groups by id (one request; an audience lists at most 500). */
export const groupsByIds = (ids: string[]): Promise<Group[]> => byIds<Group>(db, 'groups', ids);
