import type { CareCase, CaseState } from '@/domain/care/care.schema';
import { assign, canMove, isClosed, nextStates, TIMELINE_MAX, transition } from '@/domain/care/case.rules';
import { caseStates as allStates } from '@/domain/care/care.schema';

const by = { openid: 'sec', name: '李书记' };
const now = Date.UTC(2026, 5, 1);

function aCase(over: Partial<CareCase> = {}): CareCase {
  return {
    _id: 'c1', memberId: 'm1', memberName: '王', branchId: 'b1', groupId: 'g1', year: 2026, kind: '工伤', description: '工地受伤',
    contact: null, state: 'filed', version: 1, assignee: { openid: 'sec', name: '李书记' }, filedBy: by, filedAt: now, updatedAt: now,
    timeline: [{ at: now, by, action: 'file', state: 'filed', note: null }], ...over,
  };
}

describe('care case state machine', () => {
  it('allows exactly filed → accepted → in_progress → resolved | cannot_resolve, and progress notes', () => {
    const allowed = allStates.flatMap((from) => allStates.filter((to) => canMove(from, to)).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      ['filed>accepted', 'filed>cannot_resolve', 'accepted>in_progress', 'accepted>cannot_resolve', 'in_progress>in_progress', 'in_progress>resolved', 'in_progress>cannot_resolve'].sort(),
    );
    expect(isClosed('resolved')).toBe(true);
    expect(isClosed('cannot_resolve')).toBe(true);
    expect(nextStates('resolved')).toEqual([]);
  });

  it('moves a case, bumps its version and records the step with its note', () => {
    const r = transition(aCase(), { version: 1, by, now: now + 1, to: 'accepted', note: '已受理，联系家属' });
    expect(r).toEqual({
      ok: true,
      patch: { state: 'accepted', version: 2, updatedAt: now + 1, assignee: { openid: 'sec', name: '李书记' } },
      step: { at: now + 1, by, action: 'transition', state: 'accepted', note: '已受理，联系家属' },
    });
  });

  it.each<[CaseState, CaseState]>([
    ['filed', 'resolved'],
    ['filed', 'in_progress'],
    ['accepted', 'filed'],
    ['accepted', 'resolved'],
    ['in_progress', 'accepted'],
  ])('refuses %s → %s as impossible', (from, to) => {
    expect(transition(aCase({ state: from }), { version: 1, by, now, to, note: 'x' })).toEqual({ ok: false, reason: 'impossible' });
  });

  it('refuses any step on a closed case', () => {
    for (const state of ['resolved', 'cannot_resolve'] as const) {
      expect(transition(aCase({ state }), { version: 1, by, now, to: 'in_progress', note: 'x' })).toEqual({ ok: false, reason: 'closed' });
      expect(assign(aCase({ state }), { version: 1, by, now, assignee: by, note: null })).toEqual({ ok: false, reason: 'closed' });
    }
  });

  it('refuses a step taken on an older version (someone acted meanwhile), before anything else', () => {
    expect(transition(aCase({ version: 3 }), { version: 2, by, now, to: 'accepted', note: 'x' })).toEqual({ ok: false, reason: 'stale' });
    expect(transition(aCase({ version: 3, state: 'resolved' }), { version: 2, by, now, to: 'accepted', note: 'x' })).toEqual({ ok: false, reason: 'stale' });
    expect(assign(aCase({ version: 3 }), { version: 4, by, now, assignee: by, note: null })).toEqual({ ok: false, reason: 'stale' });
  });

  it('needs an assignee to accept or work a case, not to declare it cannot be solved', () => {
    const unassigned = aCase({ assignee: null });
    expect(transition(unassigned, { version: 1, by, now, to: 'accepted', note: 'x' })).toEqual({ ok: false, reason: 'not_assigned' });
    expect(transition(unassigned, { version: 1, by, now, to: 'cannot_resolve', note: '不属于帮扶范围' })).toMatchObject({ ok: true, patch: { state: 'cannot_resolve' } });
  });

  it('assigns without moving the state, and refuses once the timeline is full', () => {
    const other = { openid: 'cadre', name: '张村干部' };
    expect(assign(aCase({ state: 'accepted', assignee: null }), { version: 1, by, now, assignee: other, note: '请跟进' })).toEqual({
      ok: true,
      patch: { state: 'accepted', version: 2, updatedAt: now, assignee: other },
      step: { at: now, by, action: 'assign', state: 'accepted', note: '请跟进', assignee: other },
    });
    const full = aCase({ state: 'in_progress', timeline: Array.from({ length: TIMELINE_MAX }, () => aCase().timeline[0]) });
    expect(transition(full, { version: 1, by, now, to: 'in_progress', note: 'x' })).toEqual({ ok: false, reason: 'timeline_full' });
  });

});
