import { pick, pickWeighted, thinkUntil } from './random';
import type { RunContext } from './member';

/**
 * An organiser watching the run: the county 组织部 over the whole county, a secretary over his
 * branch — the ledger's first page, check-in completion, theme-day attendance and the dashboard.
 * Organisers think twice as long as members (they read tables).
 */
export async function runOrganiser(ctx: RunContext, who: { openid: string; branchId: string | null }): Promise<void> {
  const { client, county, deadline, rnd } = ctx;
  const unit = who.branchId ? { branchId: who.branchId } : {};
  const occurrenceId = county.branches.find((b) => b._id === who.branchId)?.occurrenceId;
  while (Date.now() < deadline) {
    const step = pickWeighted(rnd, { list: 2, study: 2, themeday: 1, dashboard: 1 });
    if (step === 'list') await client.call(who.openid, 'member.list', { ...unit, limit: 20 });
    else if (step === 'study') await client.call(who.openid, 'checkin.stats', { pushId: pick(rnd, county.pushIds), ...unit, ...(who.branchId ? { detail: true, limit: 20 } : {}) });
    else if (step === 'themeday') await client.call(who.openid, 'themeday.attendance', occurrenceId ? { occurrenceId, absentees: true, limit: 20 } : { month: county.month });
    else await client.call(who.openid, 'stats.dashboard', unit);
    await thinkUntil(rnd, 2 * ctx.thinkMs, deadline);
  }
}
