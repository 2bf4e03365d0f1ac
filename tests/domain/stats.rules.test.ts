import { cityKey, cityOfKey, countersOf, fullCounters, memberCounterDeltas, sumCounters, unitsByEqualDelta, type CounterDelta } from '../../src/domain/stats/counter.rules';
import { dashboardUnit } from '../../src/domain/stats/dashboard-scope.rules';
import { countyStudyFigure, topCities } from '../../src/domain/stats/figures.rules';
import { shareOf } from '../../src/domain/shared/share.rules';
import type { Caller } from '../../src/domain/auth/grant';

const m = (over: Partial<{ branchId: string; groupId: string; city: string; status: string; ended: boolean; endReasonKey: string }> = {}) => ({ branchId: 'A', groupId: 'G1', city: '杭州', status: '正常', ...over });
const obj = (map: Map<string, unknown>) => Object.fromEntries(map);

describe('one update per distinct delta', () => {
  it('a join moves its group and branch by the same amounts: one entry for both', () => {
    expect(unitsByEqualDelta(memberCounterDeltas(null, m({ status: '失联' })))).toEqual([
      { keys: ['group:G1', 'branch:A'], paths: { memberCount: 1, lostCount: 1, 'cityCounts.c:杭州': 1 } },
    ]);
  });

  it('a move between branches within one group: one entry per side, the group not moving', () => {
    const r = unitsByEqualDelta(memberCounterDeltas(m(), m({ branchId: 'B' })));
    expect(r).toEqual([
      { keys: ['branch:A'], paths: { memberCount: -1, 'cityCounts.c:杭州': -1 } },
      { keys: ['branch:B'], paths: { memberCount: 1, 'cityCounts.c:杭州': 1 } },
    ]);
  });

  it('an import batch: units with equal sums share an update, whatever the order of their paths', () => {
    const deltas = new Map<string, CounterDelta>([
      ['branch:A', { members: 2, lost: 0, byCity: { 'c:杭州': 1, 'c:宁波': 1 } }],
      ['group:G1', { members: 2, lost: 0, byCity: { 'c:宁波': 1, 'c:杭州': 1 } }],
      ['group:G2', { members: 1, lost: 0, byCity: { 'c:杭州': 1 } }],
      ['group:G3', { members: 0, lost: 0, byCity: {} }],
    ]);
    expect(unitsByEqualDelta(deltas).map((e) => e.keys)).toEqual([['branch:A', 'group:G1'], ['group:G2']]);
  });

  it('an ended member moves the ended figures by reason', () => {
    expect(unitsByEqualDelta(memberCounterDeltas(m(), m({ ended: true, endReasonKey: 'startup' })))[0].paths).toEqual({ memberCount: -1, 'cityCounts.c:杭州': -1, endedCount: 1, 'endedByReason.startup': 1 });
  });
});

describe('counters read for a unit', () => {
  it('a unit without a counters document reads zeros; a stored document fills in what it lacks', () => {
    expect(fullCounters(undefined)).toEqual({ memberCount: 0, lostCount: 0, cityCounts: {}, endedCount: 0, endedByReason: {} });
    expect(fullCounters({ memberCount: 3, cityCounts: { 'c:杭州': 3 } })).toEqual({ memberCount: 3, lostCount: 0, cityCounts: { 'c:杭州': 3 }, endedCount: 0, endedByReason: {} });
  });
});

describe('member counter deltas', () => {
  it('a join counts the member in his group and branch, with his city and 失联', () => {
    expect(obj(memberCounterDeltas(null, m({ status: '失联' })))).toEqual({
      'group:G1': { members: 1, lost: 1, byCity: { 'c:杭州': 1 } },
      'branch:A': { members: 1, lost: 1, byCity: { 'c:杭州': 1 } },
    });
  });

  it('an edit that touches no counted field moves nothing', () => {
    expect(memberCounterDeltas(m(), m()).size).toBe(0);
  });

  it('a new city moves one city to another in both units, nothing else', () => {
    expect(obj(memberCounterDeltas(m(), m({ city: '上海' })))).toEqual({
      'group:G1': { members: 0, lost: 0, byCity: { 'c:杭州': -1, 'c:上海': 1 } },
      'branch:A': { members: 0, lost: 0, byCity: { 'c:杭州': -1, 'c:上海': 1 } },
    });
  });

  it('失联 and back: only lost moves', () => {
    expect(obj(memberCounterDeltas(m(), m({ status: '失联' })))).toEqual({ 'group:G1': { members: 0, lost: 1, byCity: {} }, 'branch:A': { members: 0, lost: 1, byCity: {} } });
    expect(obj(memberCounterDeltas(m({ status: '失联' }), m()))['branch:A']).toEqual({ members: 0, lost: -1, byCity: {} });
  });

  it('a move to another branch leaves the group alone and moves everything between the branches', () => {
    expect(obj(memberCounterDeltas(m({ status: '失联' }), m({ branchId: 'B', status: '失联' })))).toEqual({
      'branch:A': { members: -1, lost: -1, byCity: { 'c:杭州': -1 } },
      'branch:B': { members: 1, lost: 1, byCity: { 'c:杭州': 1 } },
    });
  });

  it('city keys survive characters a field path cannot hold', () => {
    for (const city of ['St.Louis', '$x', '100%', '杭州']) expect(cityOfKey(cityKey(city))).toBe(city);
    expect(cityKey('St.Louis')).not.toContain('.');
    expect(cityKey('$x').startsWith('$')).toBe(false);
  });

  it('cities named like JavaScript object properties count like any other city', () => {
    const cities = ['constructor', '__proto__', 'toString', 'hasOwnProperty', '杭州'];
    const c = countersOf(cities.map((city) => m({ city })));
    const branch = c.get('branch:A')!;
    expect(branch.memberCount).toBe(5);
    for (const city of cities) expect(Object.prototype.hasOwnProperty.call(branch.cityCounts, cityKey(city))).toBe(true);
    expect(topCities(sumCounters([branch, branch]).cityCounts, 10).top.map((x) => [x.city, x.count]).sort()).toEqual(cities.map((x) => [x, 2]).sort());
    expect(topCities({ 杭州: 2, [cityKey('杭州')]: 1 }, 5).top).toEqual([{ city: '杭州', count: 3 }]);
  });

  it('countersOf folds joins; sumCounters adds branches into the county', () => {
    const c = countersOf([m(), m({ city: '宁波', status: '失联' }), m({ branchId: 'B', groupId: 'G2' })]);
    const none = { endedCount: 0, endedByReason: {} };
    expect(c.get('branch:A')).toEqual({ memberCount: 2, lostCount: 1, cityCounts: { 'c:杭州': 1, 'c:宁波': 1 }, ...none });
    expect(c.get('group:G2')).toEqual({ memberCount: 1, lostCount: 0, cityCounts: { 'c:杭州': 1 }, ...none });
    expect(sumCounters([c.get('branch:A')!, c.get('branch:B')!, { memberCount: 3 }])).toEqual({ memberCount: 6, lostCount: 1, cityCounts: { 'c:杭州': 2, 'c:宁波': 1 }, ...none });
  });

  it('ending a mobile status takes him out of members, 失联 and cities and counts him apart by reason', () => {
    const ended = m({ status: '失联', ended: true, endReasonKey: 'villagePost' });
    expect(obj(memberCounterDeltas(m({ status: '失联' }), ended))['branch:A']).toEqual({ members: -1, lost: -1, byCity: { 'c:杭州': -1 }, ended: 1, byReason: { villagePost: 1 } });
    // Reopening is the exact reverse.
    expect(obj(memberCounterDeltas(ended, m({ status: '失联' })))['group:G1']).toEqual({ members: 1, lost: 1, byCity: { 'c:杭州': 1 }, ended: -1, byReason: { villagePost: -1 } });
    const c = countersOf([m(), ended, m({ ended: true, endReasonKey: 'startup' })]);
    expect(c.get('branch:A')).toEqual({ memberCount: 1, lostCount: 0, cityCounts: { 'c:杭州': 1 }, endedCount: 2, endedByReason: { villagePost: 1, startup: 1 } });
    expect(sumCounters([c.get('branch:A')!, { memberCount: 2, endedCount: 1, endedByReason: { startup: 1 } }])).toMatchObject({ memberCount: 3, endedCount: 3, endedByReason: { villagePost: 1, startup: 2 } });
  });
});

describe('dashboard scope', () => {
  const caller = (grants: Caller['grants']): Caller => ({ openid: 'o', memberId: null, name: null, grants, placement: null });
  const county = caller([{ role: 'county' }]);
  const sec = caller([{ role: 'secretary', branchId: 'A' }]);
  const cadre = caller([{ role: 'cadre', groupId: 'G1' }]);

  it('county-wide roles see any unit; no id is the county', () => {
    expect(dashboardUnit(county, {})).toEqual({ kind: 'county', id: null });
    expect(dashboardUnit(caller([{ role: 'sysadmin' }]), { branchId: 'B' })).toEqual({ kind: 'branch', id: 'B' });
    expect(dashboardUnit(county, { groupId: 'G9' })).toEqual({ kind: 'group', id: 'G9' });
  });

  it('a secretary his branches, a cadre his groups; their default is their own unit', () => {
    expect(dashboardUnit(sec, {})).toEqual({ kind: 'branch', id: 'A' });
    expect(dashboardUnit(sec, { branchId: 'B' })).toBeNull();
    expect(dashboardUnit(sec, { groupId: 'G1' })).toBeNull();
    expect(dashboardUnit(cadre, {})).toEqual({ kind: 'group', id: 'G1' });
    expect(dashboardUnit(cadre, { groupId: 'G2' })).toBeNull();
    expect(dashboardUnit(cadre, { branchId: 'A' })).toBeNull();
  });

  it('members and strangers: nothing', () => {
    expect(dashboardUnit({ ...caller([]), memberId: 'm1' }, {})).toBeNull();
  });
});

describe('figures', () => {
  it('topCities: most members first, ties by name, the rest summed, zeros dropped', () => {
    expect(topCities({ 杭州: 3, 宁波: 3, 上海: 5, 苏州: 1, 温州: 0 }, 2)).toEqual({ top: [{ city: '上海', count: 5 }, { city: '杭州', count: 3 }], others: 4, cities: 4 });
  });

  it('shareOf is capped and safe on zero', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(5, 4)).toBe(1);
    expect(shareOf(3, 0)).toBe(0);
  });

  it("countyStudyFigure: each push expects the members its audience reaches", () => {
    const counters = (total: number) => ({ total, byBranch: {}, byGroup: {} });
    const f = countyStudyFigure(
      [
        { audience: { scope: 'county' }, counters: counters(50) },
        { audience: { scope: 'branches', branchIds: ['A', 'X'] }, counters: counters(10) },
        { audience: { scope: 'groups', groupIds: ['G1'] }, counters: counters(5) },
      ] as never,
      { county: 100, branch: new Map([['A', 40]]), group: new Map([['G1', 20]]) },
    );
    expect(f).toEqual({ pushes: 3, expected: 160, done: 65, rate: 65 / 160 });
  });
});
