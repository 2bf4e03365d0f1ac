import { _, db } from '@shared/platform/cloud';
import { getUser, type UserDoc } from './users.repo';

/**
 * The caller's users document and the documents his action needs, in ONE request: an aggregate
 * whose `$lookup` stages (sub-query form: Aggregate.lookup, developers.weixin.qq.com/miniprogram/dev/
 * wxcloud/reference-sdk-api/database/aggregate/Aggregate.lookup.html, wx-server-sdk ≥ 1.3.0) bring
 * the other documents along. An action's plan is in caller-reads.ts; handlers take what it found
 * through `foundOne` / `foundList` (context.ts) and read for themselves what it did not.
 */
export type Join =
  | {
      collection: string;
      /** A plain query on the joined collection, or with `let`, an aggregate expression (`_.aggregate.eq(…)`) reading the caller's fields as `$$name`. */
      match: Record<string, unknown>;
      let?: Record<string, string>;
      project?: Record<string, 0 | 1>;
      /** Rows kept (a join that could match many: the rule needs only a few). */
      limit?: number;
    }
  /** Equality form: the joined records whose `foreignField` equals the caller's `localField`. */
  | { collection: string; localField: string; foreignField: string };

export interface CallerRead {
  /**
   * The document the aggregate starts from when the caller may have no users document yet (a
   * stranger joining): it must exist for the action to succeed. Without it the read starts from
   * the caller's users document, and a caller without one gets nothing joined.
   */
  root?: { collection: string; id: string };
  joins: Record<string, Join>;
}

/** What the read found: `root` (when the plan has one) and each join's rows; a join absent from `lists` was not read. */
export interface CallerFound {
  root: Record<string, unknown> | null;
  lists: Record<string, unknown[]>;
}

const AS = '_with_';
/** The join that brings the caller's users document along a rooted read (a plan cannot use the name). */
const ME = 'me';

function lookup(name: string, j: Join) {
  if ('localField' in j) return { from: j.collection, localField: j.localField, foreignField: j.foreignField, as: AS + name };
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

export async function readCaller(openid: string, plan?: CallerRead): Promise<{ user: UserDoc | null; found: CallerFound | null }> {
  if (!plan) return { user: await getUser(openid), found: null };
  const joins: Record<string, Join> = plan.root ? { ...plan.joins, [ME]: { collection: 'users', match: { _id: openid } } } : plan.joins;
  let q = db.collection(plan.root?.collection ?? 'users').aggregate().match({ _id: plan.root?.id ?? openid }).limit(1);
  for (const [name, j] of Object.entries(joins)) q = q.lookup(lookup(name, j));
  const row = ((await q.end()).list as Record<string, unknown>[])[0];
  if (!plan.root) {
    if (!row) return { user: null, found: null };
    const { doc, lists } = split(row);
    return { user: doc as unknown as UserDoc, found: { root: null, lists } };
  }
  // The root is missing (a county not set up): the action refuses; only the caller is read.
  if (!row) return { user: await getUser(openid), found: { root: null, lists: {} } };
  const { doc, lists } = split(row);
  const user = (lists[ME]?.[0] as UserDoc | undefined) ?? null;
  delete lists[ME];
  return { user, found: { root: doc, lists } };
}
