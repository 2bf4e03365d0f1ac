import type { Member } from '@/domain/member/member.schema';
import { _, db } from '@shared/platform/cloud';
import { getMemberByOpenid } from './members.repo';
import { getUser, type UserDoc } from './users.repo';

/**
 * The caller — his member record (a member's identity and placement) and his users document (an
 * organiser's grants and name) — and the documents his action needs, in ONE request: an aggregate
 * rooted at a document every set-up county has, whose `$lookup` stages (sub-query form:
 * Aggregate.lookup, developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/
 * aggregate/Aggregate.lookup.html, wx-server-sdk ≥ 1.3.0) bring his two documents and the others
 * along. Rooted at neither of his own documents because a member may have no users document and an
 * organiser no member record; the root serves both and strangers alike. An action's plan is in
 * caller-reads.ts; handlers take what it found through `foundOne` / `foundList` (context.ts) and
 * read for themselves what it did not.
 */
export type Join = {
  collection: string;
  /**
   * A plain query on the joined collection, or with `let`, an aggregate expression (`_.aggregate.eq(…)`)
   * reading `$$name`; `let` values read the caller's member record through `callerMember(field)`.
   */
  match: Record<string, unknown>;
  let?: Record<string, unknown>;
  project?: Record<string, 0 | 1>;
  /** Rows kept (a join that could match many: the rule needs only a few). */
  limit?: number;
};

export interface CallerRead {
  /**
   * The document the read starts from, when the action needs it (a join: the join secret). It must
   * exist for the action to succeed. Without it the read starts from `config/county`.
   */
  root?: { collection: string; id: string };
  joins: Record<string, Join>;
}

/** What the read found: `root` (when the plan named one) and each join's rows; a join absent from `lists` was not read. */
export interface CallerFound {
  root: Record<string, unknown> | null;
  lists: Record<string, unknown[]>;
}

export interface CallerDocs {
  user: UserDoc | null;
  member: Member | null;
  found: CallerFound | null;
}

const AS = '_with_';
/** The joins that bring the caller's own documents (a plan cannot use these names). */
const ME = 'me';
const MEMBER = 'member';
/** Written by admin.bootstrap and never removed: the root when the plan names none. */
const COUNTY_ROOT = { collection: 'config', id: 'county' } as const;

/**
 * A field of the caller's member record, for a join's `let` (missing when he has none). His record
 * is joined before any plan join, as a list of at most one: the first element's field.
 */
export const callerMember = (field: string): unknown => _.aggregate.arrayElemAt([`$${AS}${MEMBER}.${field}`, 0]);

function lookup(name: string, j: Join) {
  let p = _.aggregate.pipeline().match(j.let ? _.expr(j.match) : j.match);
  if (j.project) p = p.project(j.project);
  if (j.limit) p = p.limit(j.limit);
  return { from: j.collection, ...(j.let ? { let: j.let } : {}), pipeline: p.done(), as: AS + name };
}

/** Splits an aggregate row into the document it started from and the joined lists. */
function split(row: Record<string, unknown>): { doc: Record<string, unknown>; lists: Record<string, unknown[]> } {
  const doc: Record<string, unknown> = {};
  const lists: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith(AS)) lists[k.slice(AS.length)] = v as unknown[];
    else doc[k] = v;
  }
  return { doc, lists };
}

export async function readCaller(openid: string, plan?: CallerRead): Promise<CallerDocs> {
  const root = plan?.root ?? COUNTY_ROOT;
  // His own documents first: a plan's `let` reads the member record they joined (callerMember).
  const joins: Record<string, Join> = { [ME]: { collection: 'users', match: { _id: openid } }, [MEMBER]: { collection: 'members', match: { openid }, limit: 1 }, ...plan?.joins };
  let q = db.collection(root.collection).aggregate().match({ _id: root.id }).limit(1);
  for (const [name, j] of Object.entries(joins)) q = q.lookup(lookup(name, j));
  const row = ((await q.end()).list as Record<string, unknown>[])[0];
  if (!row) {
    // The root is missing (a county not set up): the action refuses; only the caller is read.
    const [user, member] = await Promise.all([getUser(openid), getMemberByOpenid(openid)]);
    return { user, member, found: plan ? { root: null, lists: {} } : null };
  }
  const { doc, lists } = split(row);
  const user = (lists[ME]?.[0] as UserDoc | undefined) ?? null;
  const member = (lists[MEMBER]?.[0] as Member | undefined) ?? null;
  delete lists[ME];
  delete lists[MEMBER];
  return { user, member, found: plan ? { root: plan.root ? doc : null, lists } : null };
}
