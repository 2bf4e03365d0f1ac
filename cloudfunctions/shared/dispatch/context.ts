import type { Caller } from '@/domain/auth/grant';
import type { UserDoc } from '../repos/users.repo';
import { readCaller, type CallerFound, type CallerRead } from '../repos/caller.repo';

/** What every handler receives besides its parsed input. */
export interface Ctx {
  caller: Caller;
  /** The caller's users document as read at the start of the call (null: never seen before). */
  user: UserDoc | null;
  /** The one clock reading of this call (ms); domain rules take it as an argument. */
  now: number;
  /** When the call must have finished its work (ms; time-budget.ts: the function's real limit less a margin). Long jobs size their step by it. */
  deadline: number;
  /** What the action's caller read brought along (caller-reads.ts); null: nothing was read with the caller. */
  found: CallerFound | null;
}

/** The Caller a users document describes (none: a stranger without member record or grants). */
export const callerOf = (openid: string, user: (Pick<UserDoc, 'name' | 'grants'> & Partial<Pick<UserDoc, 'memberId' | 'placement'>>) | null): Caller => ({
  openid,
  memberId: user?.memberId ?? null,
  name: user?.name ?? null,
  grants: user?.grants ?? [],
  placement: user?.placement ?? null,
});

/**
 * Resolves the caller with ONE database request: his users document, keyed by openid, and with it
 * the documents the action's plan names (one aggregate; repos/caller.repo.ts).
 */
export async function resolveContext(openid: string, now: number, deadline: number, plan?: CallerRead): Promise<Ctx> {
  const { user, found } = await readCaller(openid, plan);
  return {
    caller: callerOf(openid, user),
    user,
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
