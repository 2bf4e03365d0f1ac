import type { Caller } from '@/domain/auth/grant';
import { canPushTo, listScope } from '@/domain/auth/scope.rules';
import { completionRows, statsView, unitsNeeded } from '@/domain/study/completion.rules';
import { pushConcerns } from '@/domain/study/study-scope.rules';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const county = caller({ grants: [{ role: 'county' }] });
const sysadmin = caller({ grants: [{ role: 'sysadmin' }] });
const secA = caller({ openid: 'sa', grants: [{ role: 'secretary', branchId: 'bA' }] });
const cadre1 = caller({ grants: [{ role: 'cadre', groupId: 'g1' }] });
const member = caller({ memberId: 'm1', placement: { branchId: 'bA', groupId: 'g1' } });

describe('publishing scope', () => {
  it('lets county-wide roles publish anywhere and a secretary only to his branches', () => {
    for (const a of [{ scope: 'county' as const }, { scope: 'groups' as const, groupIds: ['g1'] }, { scope: 'branches' as const, branchIds: ['bB'] }]) {
      expect(canPushTo(county, a)).toBe(true);
      expect(canPushTo(sysadmin, a)).toBe(true);
    }
    expect(canPushTo(secA, { scope: 'branches', branchIds: ['bA'] })).toBe(true);
    expect(canPushTo(secA, { scope: 'branches', branchIds: ['bA', 'bB'] })).toBe(false);
    expect(canPushTo(secA, { scope: 'county' })).toBe(false);
    expect(canPushTo(secA, { scope: 'groups', groupIds: ['g1'] })).toBe(false);
    expect(canPushTo(cadre1, { scope: 'groups', groupIds: ['g1'] })).toBe(false);
    expect(canPushTo(member, { scope: 'branches', branchIds: ['bA'] })).toBe(false);
  });

  it('shows an organiser the pushes that reach his units or that he published', () => {
    const p = (audience: any, publisherOpenid = 'x') => ({ audience, publisherOpenid });
    expect(pushConcerns(listScope(secA), p({ scope: 'county' }), 'sa')).toBe(true);
    expect(pushConcerns(listScope(secA), p({ scope: 'branches', branchIds: ['bA'] }), 'sa')).toBe(true);
    expect(pushConcerns(listScope(secA), p({ scope: 'branches', branchIds: ['bB'] }), 'sa')).toBe(false);
    expect(pushConcerns(listScope(secA), p({ scope: 'branches', branchIds: ['bB'] }, 'sa'), 'sa')).toBe(true);
    expect(pushConcerns(listScope(cadre1), p({ scope: 'groups', groupIds: ['g1'] }), 'c')).toBe(true);
    expect(pushConcerns(listScope(cadre1), p({ scope: 'branches', branchIds: ['bA'] }), 'c')).toBe(false);
    expect(pushConcerns(listScope(county), p({ scope: 'groups', groupIds: ['g9'] }), 'c')).toBe(true);
    expect(pushConcerns(listScope(member), p({ scope: 'county' }), 'm')).toBe(false);
  });
});

describe('stats view', () => {
  it('narrows to the caller scope and refuses units outside it', () => {
    expect(statsView(listScope(county), {})).toEqual({ branches: 'all', groups: 'all' });
    expect(statsView(listScope(county), { groupId: 'g9' })).toEqual({ branches: [], groups: ['g9'] });
    expect(statsView(listScope(secA), {})).toEqual({ branches: ['bA'], groups: [] });
    expect(statsView(listScope(secA), { branchId: 'bA' })).toEqual({ branches: ['bA'], groups: [] });
    expect(statsView(listScope(secA), { branchId: 'bB' })).toBeNull();
    expect(statsView(listScope(secA), { groupId: 'g1' })).toBeNull();
    expect(statsView(listScope(cadre1), { groupId: 'g1' })).toEqual({ branches: [], groups: ['g1'] });
    expect(statsView(listScope(member), {})).toBeNull();
  });
});

describe('completion from counters', () => {
  const counters = (total: number, byBranch: Record<string, number>, byGroup: Record<string, number>) => ({ total, byBranch, byGroup });
  const pCounty = { audience: { scope: 'county' as const }, counters: counters(5, { bA: 3, bB: 2 }, { g1: 4, g2: 1 }) };
  const pA = { audience: { scope: 'branches' as const, branchIds: ['bA'] }, counters: counters(2, { bA: 2 }, { g1: 2 }) };
  const pG2 = { audience: { scope: 'groups' as const, groupIds: ['g2'] }, counters: counters(1, { bB: 1 }, { g2: 1 }) };
  const units = {
    branches: [{ _id: 'bA', name: '杭州云支部', memberCount: 10 }, { _id: 'bB', name: '宁波云支部', memberCount: 4 }],
    groups: [{ _id: 'g1', name: '龙井村', memberCount: 8 }, { _id: 'g2', name: '虎跑村', memberCount: 6 }],
  };
  const row = (rows: any[], id: string) => rows.find((r) => r.unitId === id);

  it('rates one county-wide push per branch and per group', () => {
    const r = completionRows([pCounty], units, { branches: 'all', groups: 'all' });
    expect(row(r.branches, 'bA')).toEqual({ unitId: 'bA', name: '杭州云支部', expected: 10, done: 3, rate: 0.3 });
    expect(row(r.branches, 'bB')).toMatchObject({ expected: 4, done: 2, rate: 0.5 });
    expect(row(r.groups, 'g1')).toMatchObject({ expected: 8, done: 4, rate: 0.5 });
    expect(r.pushes).toBe(1);
  });

  it('gives rows only to targeted units', () => {
    const r = completionRows([pA], units, { branches: 'all', groups: 'all' });
    expect(r.branches.map((b) => b.unitId)).toEqual(['bA']);
    expect(r.groups).toEqual([]);
  });

  it('sums a month: expected members for every push that targets the unit', () => {
    const r = completionRows([pCounty, pA, pG2], units, { branches: 'all', groups: 'all' });
    expect(row(r.branches, 'bA')).toMatchObject({ expected: 20, done: 5, rate: 0.25 });
    expect(row(r.branches, 'bB')).toMatchObject({ expected: 4, done: 2 });
    expect(row(r.groups, 'g2')).toMatchObject({ expected: 12, done: 2 });
    expect(r.pushes).toBe(3);
  });

  it('keeps to the visible units and counts only the pushes that reach them', () => {
    const r = completionRows([pCounty, pA, pG2], units, { branches: ['bB'], groups: [] });
    expect(r.branches.map((b) => b.unitId)).toEqual(['bB']);
    expect(r.groups).toEqual([]);
    expect(r.pushes).toBe(1);
  });

  it('caps the rate at 1 and answers 0 for empty units', () => {
    const over = { audience: { scope: 'county' as const }, counters: counters(12, { bA: 12 }, {}) };
    const r = completionRows([over], { branches: [...units.branches, { _id: 'bC', name: '空支部', memberCount: 0 }], groups: [] }, { branches: 'all', groups: 'all' });
    expect(row(r.branches, 'bA')).toMatchObject({ done: 12, rate: 1 });
    expect(row(r.branches, 'bC')).toMatchObject({ expected: 0, done: 0, rate: 0 });
  });

  it('loads every unit only when a county-wide push meets a county-wide view', () => {
    expect(unitsNeeded([pCounty], { branches: 'all', groups: 'all' })).toEqual({ branches: 'all', groups: 'all' });
    expect(unitsNeeded([pA, pG2], { branches: 'all', groups: 'all' })).toEqual({ branches: ['bA'], groups: ['g2'] });
    expect(unitsNeeded([pCounty], { branches: ['bA'], groups: [] })).toEqual({ branches: ['bA'], groups: [] });
    expect(unitsNeeded([pG2], { branches: ['bA'], groups: [] })).toEqual({ branches: [], groups: [] });
    expect(unitsNeeded([], { branches: 'all', groups: 'all' })).toEqual({ branches: [], groups: [] });
  });
});
