import type { ListConstraint } from '@/domain/auth/scope.rules';
import type { Member, MemberChange, MemberListInput } from '@/domain/member/member.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { allOf, byIds, defined, getAll, inChunks, unitsOf, withinUnits, type Units } from '@shared/repos/query';

const members = (h: DbHandle) => h.collection('members');
const changes = (h: DbHandle) => h.collection('member_changes');

export async function getMember(id: string, h: DbHandle = db): Promise<Member | null> {
  return ((await members(h).doc(id).get()).data as Member | null) ?? null;
}

export async function getMemberByOpenid(openid: string): Promise<Member | null> {
  const { data } = await members(db).where({ openid }).limit(1).get();
  return (data[0] as Member | undefined) ?? null;
}

export async function insertMember(tx: DbHandle, member: Member): Promise<void> {
  await members(tx).add({ data: defined(member) });
}

export async function patchMember(tx: DbHandle, id: string, patch: Partial<Member>): Promise<void> {
  await members(tx).doc(id).update({ data: defined(patch) });
}

export async function insertChange(tx: DbHandle, change: MemberChange): Promise<void> {
  await changes(tx).add({ data: change });
}

/** One entry of a member's history by a named person, now: what happened (`note`) and the fields it moved. */
export async function insertChangeBy(tx: DbHandle, by: { openid: string; name?: string | null }, memberId: string, now: number, what: Pick<MemberChange, 'note' | 'changes'>): Promise<void> {
  await insertChange(tx, { _id: newId(now), memberId, at: now, byOpenid: by.openid, byName: by.name ?? '', ...what });
}

/** Newest first; `_id` breaks ties of the same millisecond (ids are time-sortable). */
export async function recentChanges(memberId: string, limit: number): Promise<MemberChange[]> {
  const { data } = await changes(db).where({ memberId }).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit).get();
  return data as MemberChange[];
}

export interface MemberQuery {
  branchId?: string;
  groupId?: string;
  city?: string;
  status?: string;
  tag?: string;
  /** Covered by this co-management agreement (index agreement_id). */
  agreementId?: string;
  /** Free text, matched (case-insensitively, as a literal) against name, employer and city. */
  q?: string;
  /** Scope limit: the member must sit in one of these branches or groups. */
  within?: Units | null;
  /** Exclusive upper bound on `_id` (the previous page's last id). */
  before?: string;
  /** Only members whose mobile status has not ended (who to remind, who is expected). */
  active?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ledger's filters within what `constraint` (constrainList) lets the caller see: the one query
 * member.list and ledger.export both run, so an export holds exactly the rows the list shows.
 */
export function memberQueryFor(filters: Omit<MemberListInput, 'cursor' | 'limit'>, constraint: NonNullable<ListConstraint>, before?: string): MemberQuery {
  return {
    branchId: filters.branchId,
    groupId: filters.groupId,
    city: filters.city,
    status: filters.status,
    tag: filters.tag,
    agreementId: filters.agreementId,
    q: filters.q || undefined,
    within: unitsOf(constraint),
    before: before || undefined,
  };
}

function memberWhere(query: MemberQuery): object {
  const eq = defined({ branchId: query.branchId, groupId: query.groupId, city: query.city, status: query.status, tags: query.tag, agreementIds: query.agreementId });
  const re = query.q ? db.RegExp({ regexp: escapeRegExp(query.q), options: 'i' }) : null;
  return allOf([eq, query.active ? { ended: _.neq(true) } : null, withinUnits(query.within), re && _.or([{ name: re }, { employer: re }, { city: re }])], query.before);
}

/** One request: newest first by `_id`, `limit` records (the caller asks one extra to see if more exist). */
export async function queryMembers(query: MemberQuery, limit: number): Promise<Member[]> {
  const { data } = await members(db).where(memberWhere(query)).orderBy('_id', 'desc').limit(limit).get();
  return data as Member[];
}

/** One request: how many members match (`before` is ignored by callers that count a whole query). */
export async function countMembers(query: MemberQuery): Promise<number> {
  const { total } = await members(db).where(memberWhere(query)).count();
  return total as number;
}

/** Members by id (one request per 1000). */
export const membersByIds = (ids: string[]): Promise<Member[]> => byIds<Member>(db, 'members', ids);

/** The members among these WeChat users (unique index members.openid): one request per 1000, none for none. */
export const membersByOpenids = (openids: string[]): Promise<Member[]> =>
  inChunks(openids, async (chunk) => (await members(db).where({ openid: _.in(chunk) }).limit(chunk.length).get()).data as Member[]);

/**
 * Every member matching `query`, only `fields`, in pages of 1000 by `_id` (keyset, no skip): what
 * the contact-gap monitor reads for a scope.
 */
export const scanMembers = <T>(query: MemberQuery, fields: Record<string, true>): Promise<T[]> => getAll<T>(db, 'members', memberWhere(query), ['_id', 'asc'], fields);
