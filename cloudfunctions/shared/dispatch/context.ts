import type { Caller } from '@/domain/auth/grant';
import type { Member } from '@/domain/member/member.schema';
import type { UserDoc } from '../repos/users.repo';
import { readCaller, type CallerFound, type CallerRead } from '../repos/caller.repo';

/** What every handler receives besides its parsed input. */
export interface Ctx {
  caller: Caller;
  /** The caller's users document as read at the start of the call (null: he holds no role and never did). */
  user: UserDoc | null;
  /** The caller's member record as read at the start of the call (null: he has not joined). */
  member: Member | null;
  /** The one clock reading of this call (ms); domain rules take it as an argument. */
  now: number;
  /** When the call must have finished its work (ms; time-budget.ts: the function's real limit less a margin). Long jobs size their step by it. */
  deadline: number;
  /** What the action's caller read brought along (caller-reads.ts); null: nothing was read with the caller. */
  found: CallerFound | null;
}

/**
 * The Caller his two documents describe: who he is as a member (id, name, branch and group) from his
 * member record, the one place of a member's identity and placement; his grants, and an organiser's
 * name, from his users document. Fields an old users document still carries (`memberId`,
 * `placement`) are not read. Given no member record (another user judged by his grants), he is no member.
 */
export const callerOf = (openid: string, user: Pick<UserDoc, 'name' | 'grants'> | null, member: Pick<Member, '_id' | 'name' | 'branchId' | 'groupId' | 'ended'> | null = null): Caller => ({
  openid,
  memberId: member?._id ?? null,
  name: member?.name ?? user?.name ?? null,
  grants: user?.grants ?? [],
  placement: member ? { branchId: member.branchId, groupId: member.groupId, ...(member.ended ? { ended: true } : {}) } : null,
});

/**
 * Resolves the caller with ONE database request: his member record (by openid) and his users
 * document, and with them the documents the action's plan names (one aggregate; repos/caller.repo.ts).
 */
export async function resolveContext(openid: string, now: number, deadline: number, plan?: CallerRead): Promise<Ctx> {
  const { user, member, found } = await readCaller(openid, plan);
  return {
    caller: callerOf(openid, user, member),
    user,
    member,
    now,
    deadline,
    found,
  };
}

/** The plan's root document: undefined when the call had no rooted read (read it yourself), null when it does not exist. */
export function foundRoot<T>(ctx: Ctx): T | null | undefined {
  return ctx.found ? ((ctx.found.root as T | null) ?? null) : undefined;
}

/** The rows a join of the plan found: undefined when it was not read with the caller (read them yourself). */
export function foundList<T>(ctx: Ctx, join: string): T[] | undefined {
  return ctx.found?.lists[join] as T[] | undefined;
}

/** The one document a join found: undefined when not read with the caller, null when there is none. */
export function foundOne<T>(ctx: Ctx, join: string): T | null | undefined {
  const list = foundList<T>(ctx, join);
  return list ? (list[0] ?? null) : undefined;
}
