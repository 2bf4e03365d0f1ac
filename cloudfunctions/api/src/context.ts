import type { Caller } from '@/domain/auth/grant';
import { getUser, type UserDoc } from './repos/users.repo';

/** What every handler receives besides its parsed input. */
export interface Ctx {
  caller: Caller;
  /** The caller's users document as read at the start of the call (null: never seen before). */
  user: UserDoc | null;
  /** The one clock reading of this call (ms); domain rules take it as an argument. */
  now: number;
  /** When the call must have finished its work (ms; time-budget.ts: the function's real limit less a margin). Long jobs size their step by it. */
  deadline: number;
}

/** The Caller a users document describes (none: a stranger without member record or grants). */
export const callerOf = (openid: string, user: (Pick<UserDoc, 'name' | 'grants'> & Partial<Pick<UserDoc, 'memberId' | 'placement'>>) | null): Caller => ({
  openid,
  memberId: user?.memberId ?? null,
  name: user?.name ?? null,
  grants: user?.grants ?? [],
  placement: user?.placement ?? null,
});

/** Resolves the caller with ONE database request: his users document, keyed by openid. */
export async function resolveContext(openid: string, now: number, deadline: number): Promise<Ctx> {
  const user = await getUser(openid);
  return {
    caller: callerOf(openid, user),
    user,
    now,
    deadline,
  };
}
