import type { LoadClient } from './client';
import type { MemberLedger } from './member';
import { LOAD_COUNTY, type SeededCounty } from './seed';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export const check = (name: string, expected: unknown, actual: unknown): Check => {
  const ok = JSON.stringify(expected) === JSON.stringify(actual);
  const show = (v: unknown) => (Array.isArray(v) && v.length > 5 ? `${JSON.stringify(v.slice(0, 5))} … (${v.length})` : JSON.stringify(v)).slice(0, 400);
  return { name, ok, detail: ok ? show(actual) : `expected ${show(expected)}, found ${show(actual)}` };
};

/** How many items per key, keys sorted; a null key is not counted. */
export const countBy = <T>(items: T[], key: (t: T) => string | null): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const t of items) {
    const k = key(t);
    if (k !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return sortKeys(out);
};
export const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== 0).sort(([a], [b]) => a.localeCompare(b)));

/** What the members were told, in the shapes both read-backs compare with. */
export function acknowledged(ledgers: MemberLedger[], county: SeededCounty) {
  const joined = ledgers.filter((m) => m.memberId);
  const branchId = (m: MemberLedger) => county.branches[m.branch]._id;
  return {
    joined,
    membersPerBranch: countBy(joined, branchId),
    checkinsPerPush: Object.fromEntries(county.pushIds.map((p) => [p, countBy(joined.filter((m) => m.checkins.has(p)), branchId)])),
    signinsPerBranch: countBy(joined, (m) => (m.signin ? branchId(m) : null)),
  };
}

/** Read back through the actions, as the county 组织部 sees it (unmeasured calls). */
export async function checkThroughActions(client: LoadClient, county: SeededCounty, ledgers: MemberLedger[], expectedMembers: number): Promise<Check[]> {
  const ack = acknowledged(ledgers, county);
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { _id: string }[]; nextCursor: string | null } = await client.data(LOAD_COUNTY, 'member.list', { limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((m) => m._id));
    cursor = page.nextCursor;
  } while (cursor);
  const listed = new Set(ids);
  const checks = [
    check('actions: members in the ledger (member.list)', expectedMembers, ids.length),
    check('actions: ledger lists each member once', ids.length, listed.size),
    check('actions: every acknowledged join is in the ledger', [], ack.joined.filter((m) => !listed.has(m.memberId!)).map((m) => m.openid)),
  ];
  const dashboard = await client.data(LOAD_COUNTY, 'stats.dashboard', {});
  checks.push(check('actions: dashboard member total', expectedMembers, dashboard.members.total));
  for (const [i, pushId] of county.pushIds.entries()) {
    const stats = await client.data(LOAD_COUNTY, 'checkin.stats', { pushId });
    const done = sortKeys(Object.fromEntries(stats.branches.map((r: { unitId: string; done: number }) => [r.unitId, r.done])));
    checks.push(check(`actions: check-ins per branch, push ${i + 1} (checkin.stats)`, ack.checkinsPerPush[pushId], done));
  }
  const attendance = await client.data(LOAD_COUNTY, 'themeday.attendance', { month: county.month });
  const rows = attendance.rows as { branchId: string; signedIn: number; expected: number }[];
  checks.push(check('actions: sign-ins per branch (themeday.attendance)', ack.signinsPerBranch, sortKeys(Object.fromEntries(rows.map((r) => [r.branchId, r.signedIn])))));
  checks.push(check('actions: expected attendees per branch = members', ack.membersPerBranch, sortKeys(Object.fromEntries(rows.map((r) => [r.branchId, r.expected])))));
  return checks;
}
