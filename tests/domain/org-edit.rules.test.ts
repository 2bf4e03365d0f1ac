import { childrenProblem, parentProblem } from '../../src/domain/org/hierarchy.rules';
import { posterFileName } from '../../src/domain/org/poster.rules';
import { treeForCaller } from '../../src/domain/org/tree-view.rules';
import type { Branch, Group } from '../../src/domain/org/org.schema';
import type { Caller } from '../../src/domain/auth/grant';
import type { Counted } from '../../src/domain/stats/counter.rules';

const ended = { endedCount: 1, endedByReason: { startup: 1 } };

const unit = (kind: Branch['kind'], name: string = kind, extra: Partial<Branch> = {}): Counted<Branch> => ({
  _id: name, code: 'abcdef', kind, name, city: '杭州', parentId: null, secretaryName: '王', secretaryPhone: '13900000001', memberCount: 3, lostCount: 1, cityCounts: { 杭州: 3 }, ...ended, createdAt: 1, ...extra,
});
const group = (id: string): Counted<Group> => ({ _id: id, township: '汤山镇', village: id, name: `${id}网上党小组`, memberCount: 2, lostCount: 0, cityCounts: { 宁波: 2 }, ...ended, createdAt: 1 });
const caller = (grants: Caller['grants'], memberId: string | null = null): Caller => ({ openid: 'o', memberId, name: null, grants, placement: null });

describe('hierarchy rules', () => {
  it('lets branches sit under a 流动党委 or 流动党总支, a 总支 only under a 党委, a 党委 under nothing', () => {
    expect(parentProblem('云支部', unit('流动党委'))).toBeNull();
    expect(parentProblem('流动党支部', unit('流动党总支'))).toBeNull();
    expect(parentProblem('流动党总支', unit('流动党委'))).toBeNull();
    expect(parentProblem('流动党总支', unit('流动党总支', '杭州总支'))).toBe('流动党总支的上级党组织须为流动党委，「杭州总支」是流动党总支');
    expect(parentProblem('流动党委', unit('流动党委', '大党委'))).toBe('流动党委不设上级党组织');
    expect(parentProblem('云支部', unit('云支部', '甲'))).toContain('须为流动党委或流动党总支');
  });

  it('refuses itself and archived parents', () => {
    expect(parentProblem('云支部', unit('流动党委', 'x'), 'x')).toBe('上级党组织不能是它自己');
    expect(parentProblem('云支部', unit('流动党委', '旧党委', { archivedAt: 5 }))).toBe('上级党组织「旧党委」已撤销');
  });

  it('refuses a kind its children cannot sit under', () => {
    expect(childrenProblem('云支部', [unit('云支部', '甲支部')])).toBe('「甲支部」（云支部）不能设在云支部之下，请先调整下属党组织');
    expect(childrenProblem('流动党委', [unit('流动党总支', '乙'), unit('云支部', '丙')])).toBeNull();
    expect(childrenProblem('流动党总支', [unit('流动党总支', '乙')])).toContain('「乙」');
  });
});

describe('tree view', () => {
  const branches = [unit('云支部', 'A'), unit('云支部', 'B'), unit('云支部', 'Old', { archivedAt: 9 })];
  const groups = [group('G1'), group('G2')];
  const pick = (t: ReturnType<typeof treeForCaller>, id: string): any => [...t.branches, ...t.groups].find((u) => u._id === id)!;

  it('gives members names and places, no counters, masked phones and no archived units', () => {
    const t = treeForCaller(caller([], 'm1'), branches, groups);
    expect(t.branches.map((b) => b._id)).toEqual(['A', 'B']);
    for (const id of ['A', 'B', 'G1', 'G2']) expect(pick(t, id)).toMatchObject({ memberCount: null, lostCount: null, cityCounts: null });
    expect(pick(t, 'A')).toMatchObject({ secretaryPhone: '139****0001', name: 'A', city: '杭州' });
    // The ended figures (返乡, 回村任职…) are the dashboard's: the tree shows them to nobody.
    for (const id of ['A', 'G1']) expect(Object.keys(pick(t, id))).not.toEqual(expect.arrayContaining(['endedCount']));
    expect(Object.keys(pick(treeForCaller(caller([{ role: 'county' }]), branches, groups), 'A'))).not.toContain('endedByReason');
  });

  it('counts only within the caller\'s scope', () => {
    const sec = treeForCaller(caller([{ role: 'secretary', branchId: 'A' }]), branches, groups);
    expect(pick(sec, 'A')).toMatchObject({ memberCount: 3, lostCount: 1, cityCounts: { 杭州: 3 }, secretaryPhone: '13900000001' });
    expect(pick(sec, 'B')).toMatchObject({ memberCount: null, secretaryPhone: '139****0001' });
    const cadre = treeForCaller(caller([{ role: 'cadre', groupId: 'G2' }]), branches, groups);
    expect(pick(cadre, 'G2').cityCounts).toEqual({ 宁波: 2 });
    expect(pick(cadre, 'G1').memberCount).toBeNull();
    expect(pick(cadre, 'A').secretaryPhone).toBe('139****0001');
  });

  it('shows the county everything, archived units included; sysadmin counts but masked phones', () => {
    const county = treeForCaller(caller([{ role: 'county' }]), branches, groups);
    expect(county.branches).toHaveLength(3);
    expect(pick(county, 'B')).toMatchObject({ memberCount: 3, secretaryPhone: '13900000001' });
    const admin = treeForCaller(caller([{ role: 'sysadmin' }]), branches, groups);
    expect(pick(admin, 'B')).toMatchObject({ memberCount: 3, secretaryPhone: '139****0001' });
  });
});

describe('poster file names', () => {
  it('numbers them in list order and keeps names a file system takes', () => {
    expect(posterFileName(3, 12, '杭州云支部')).toBe('03-杭州云支部.png');
    expect(posterFileName(7, 150, 'A/B:支部*')).toBe('007-A_B_支部_.png');
  });
});
