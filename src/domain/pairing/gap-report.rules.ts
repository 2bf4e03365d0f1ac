import { dayOf } from '../shared/day.rules';
import { contactPeriodMonths, gapOf, isLongAway, type GapSettings } from './gap.rules';
import type { Pairing } from './pairing.schema';

/** What the monitor needs of a member record (a projection: no personal data). */
export interface GapMember {
  _id: string;
  name: string;
  branchId: string;
  groupId: string;
  status: string;
  joinedAt: number;
  outflowDate?: string | null;
}

export interface GapRow {
  memberId: string;
  name: string;
  branchId: string;
  groupId: string;
  status: string;
  cadreOpenid: string | null;
  cadreName: string | null;
  lastContactDay: string | null;
  longAway: boolean;
  periodMonths: number | null;
  gapDays: number;
  dueDay: string | null;
  overdue: boolean;
  lostCandidate: boolean;
}

export interface Tally {
  members: number;
  paired: number;
  overdue: number;
  lostCandidates: number;
}

export interface GapReport {
  asOf: string;
  settings: GapSettings;
  totals: Tally & { unpaired: number; longAway: number };
  byCadre: (Tally & { cadreOpenid: string; cadreName: string })[];
  byGroup: (Tally & { groupId: string; unpaired: number })[];
  /** Overdue members, longest gap first (at most `listLimit`; totals count them all). */
  overdue: GapRow[];
  /** Members without a responsible cadre (at most `listLimit`). */
  unpaired: GapRow[];
}

/** One member's line on `today`: paired ones count from the pairing, others from joining. */
export function gapRowOf(m: GapMember, pairing: Pairing | undefined, unpairedLastDay: string | null, today: string, s: GapSettings, tz?: string): GapRow {
  const longAway = isLongAway(m.outflowDate, today, s);
  const periodMonths = contactPeriodMonths({ paired: Boolean(pairing), longAway }, s);
  const lastContactDay = pairing ? pairing.lastContactDay : unpairedLastDay;
  const startDay = pairing ? dayOf(pairing.since, tz) : dayOf(m.joinedAt, tz);
  const gap = gapOf({ lastContactDay, startDay, periodMonths, today }, s);
  return {
    memberId: m._id,
    name: m.name,
    branchId: m.branchId,
    groupId: m.groupId,
    status: m.status,
    cadreOpenid: pairing?.cadreOpenid ?? null,
    cadreName: pairing?.cadreName ?? null,
    lastContactDay,
    longAway,
    periodMonths,
    gapDays: gap.gapDays,
    dueDay: gap.dueDay,
    overdue: gap.overdue,
    // A member an organiser already marked 失联 is no longer a candidate.
    lostCandidate: gap.lostCandidate && m.status !== '失联',
  };
}

const emptyTally = (): Tally => ({ members: 0, paired: 0, overdue: 0, lostCandidates: 0 });
const count = (t: Tally, r: GapRow) => {
  t.members += 1;
  if (r.cadreOpenid) t.paired += 1;
  if (r.overdue) t.overdue += 1;
  if (r.lostCandidate) t.lostCandidates += 1;
};

/** The monitor's answer: totals, per cadre, per village group, and the overdue and unpaired lists. */
export function gapReport(rows: GapRow[], asOf: string, settings: GapSettings, listLimit = 200): GapReport {
  const totals = { ...emptyTally(), unpaired: 0, longAway: 0 };
  const cadres = new Map<string, Tally & { cadreOpenid: string; cadreName: string }>();
  const groups = new Map<string, Tally & { groupId: string; unpaired: number }>();
  for (const r of rows) {
    count(totals, r);
    if (!r.cadreOpenid) totals.unpaired += 1;
    if (r.longAway) totals.longAway += 1;
    const g = groups.get(r.groupId) ?? { ...emptyTally(), groupId: r.groupId, unpaired: 0 };
    count(g, r);
    if (!r.cadreOpenid) g.unpaired += 1;
    groups.set(r.groupId, g);
    if (r.cadreOpenid) {
      const c = cadres.get(r.cadreOpenid) ?? { ...emptyTally(), cadreOpenid: r.cadreOpenid, cadreName: r.cadreName ?? '' };
      count(c, r);
      cadres.set(r.cadreOpenid, c);
    }
  }
  const byGap = (a: GapRow, b: GapRow) => b.gapDays - a.gapDays || a.memberId.localeCompare(b.memberId);
  return {
    asOf,
    settings,
    totals,
    byCadre: [...cadres.values()].sort((a, b) => b.overdue - a.overdue || a.cadreName.localeCompare(b.cadreName)),
    byGroup: [...groups.values()].sort((a, b) => b.overdue - a.overdue || a.groupId.localeCompare(b.groupId)),
    overdue: rows.filter((r) => r.overdue).sort(byGap).slice(0, listLimit),
    unpaired: rows.filter((r) => !r.cadreOpenid).sort(byGap).slice(0, listLimit),
  };
}
