import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { emptyTotals, normalizeTotals, roundWan, type PipelineTotals } from '../../src/domain/hometown/pipeline.rules';

jest.setTimeout(60_000);

/** Totals recomputed from the stored projects: the counters must always agree with them. */
function recount(projects: any[], branchId?: string | null): PipelineTotals {
  const t = emptyTotals();
  for (const p of projects.filter((x) => branchId === undefined || x.branchId === branchId)) {
    const s = t[p.stage as keyof PipelineTotals];
    t[p.stage as keyof PipelineTotals] = { count: s.count + 1, amount: roundWan(s.amount + p.amount), jobs: s.jobs + p.jobs };
  }
  return t;
}

/** Branch A (m_0 in G1), branch B (m_1 in G1); sec_a / sec_b run A / B; county_1 is the county. */
describe('hometown return-home projects', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, m0: any, m1: any;
  let P1: any, P2: any;
  const project = (over: Record<string, unknown> = {}) => ({ name: '返乡茶园', kind: '创业', industry: '茶叶', location: '汤山镇龙井村', amount: 100, jobs: 10, ...over });

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, sa, sb } = await seedTwoBranches(tc));
    [m0] = (await joinMembers(tc, sa, G1._id, 0, 1)).map((r) => r.member);
    [m1] = (await joinMembers(tc, sb, G1._id, 1, 1)).map((r) => r.member);
    await grantRoles(tc, { A, B, G1 }, 'sec_a', 'sec_b', 'cadre_1', 'county_1');
  });
  afterAll(() => tc?.dispose());

  describe('project.create', () => {
    it('lets the county file a county-level lead', async () => {
      P1 = await tc.data('county_1', 'project.create', project());
      expect(P1).toMatchObject({ stage: 'lead', branchId: null, memberId: null, amount: 100, jobs: 10, history: [{ from: null, to: 'lead' }] });
      expect(P1).not.toHaveProperty('createdBy');
    });

    it('lets a secretary file one for his branch with a member he manages', async () => {
      P2 = await tc.data('sec_a', 'project.create', project({ name: '电商仓储', kind: '投资', amount: 50.5, jobs: 5, branchId: A._id, memberId: m0._id, groupId: G1._id }));
      expect(P2).toMatchObject({ branchId: A._id, memberId: m0._id, memberName: '党员000', groupId: G1._id, amount: 50.5 });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses a secretary outside his branches and callers without the role', async () => {
        expect(await tc.code('sec_a', 'project.create', project({ branchId: B._id }))).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('sec_a', 'project.create', project())).toBe('AUTH.FORBIDDEN'); // county-level needs the county
        expect(await tc.code('sec_a', 'project.create', project({ branchId: A._id, memberId: m1._id }))).toBe('AUTH.FORBIDDEN');
        for (const who of ['cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'project.create', project({ branchId: A._id }))).toBe('AUTH.FORBIDDEN');
      });
      it('refuses bad input and unknown branches, villages and members', async () => {
        expect(await tc.code('county_1', 'project.create', project({ amount: 1.234 }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'project.create', project({ jobs: -1 }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'project.create', project({ stage: 'landed' }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'project.create', project({ name: '' }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'project.create', project({ branchId: 'nobranch' }))).toBe('ORG.NOT_FOUND');
        expect(await tc.code('county_1', 'project.create', project({ groupId: 'nogroup' }))).toBe('ORG.NOT_FOUND');
        expect(await tc.code('county_1', 'project.create', project({ memberId: 'nomember' }))).toBe('MEMBER.NOT_FOUND');
      });
    });
  });

  describe('project.update', () => {
    it('moves a lead to negotiation with a note in its history, and the counters follow', async () => {
      P2 = await tc.data('sec_a', 'project.update', { projectId: P2._id, stage: 'negotiating', note: '第二次面谈' });
      expect(P2.stage).toBe('negotiating');
      expect(P2.history.map((h: any) => [h.from, h.to, h.note])).toEqual([[null, 'lead', null], ['lead', 'negotiating', '第二次面谈']]);
      const { totals } = await tc.data('county_1', 'project.list', {});
      expect(totals.lead).toEqual({ count: 1, amount: 100, jobs: 10 });
      expect(totals.negotiating).toEqual({ count: 1, amount: 50.5, jobs: 5 });
    });

    it('moves the figures of an edit within a stage', async () => {
      P2 = await tc.data('sec_a', 'project.update', { projectId: P2._id, amount: 60.25, jobs: 8 });
      expect(P2).toMatchObject({ stage: 'negotiating', amount: 60.25, jobs: 8 });
      expect((await tc.data('sec_a', 'project.list', {})).totals.negotiating).toEqual({ count: 1, amount: 60.25, jobs: 8 });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses impossible moves with PROJECT.BAD_MOVE', async () => {
        expect(await tc.code('county_1', 'project.update', { projectId: P1._id, stage: 'landed' })).toBe('PROJECT.BAD_MOVE');
        expect(await tc.code('sec_a', 'project.update', { projectId: P2._id, stage: 'lead', amount: 1 })).toBe('PROJECT.BAD_MOVE');
      });
      it('refuses callers outside the scope and unknown projects', async () => {
        expect(await tc.code('sec_a', 'project.update', { projectId: P1._id, stage: 'negotiating' })).toBe('AUTH.FORBIDDEN');
        for (const who of ['sec_b', 'cadre_1', 'm_0']) expect(await tc.code(who, 'project.update', { projectId: P2._id, jobs: 1 })).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('county_1', 'project.update', { projectId: 'nothing', jobs: 1 })).toBe('PROJECT.NOT_FOUND');
        expect(await tc.code('county_1', 'project.update', { projectId: P2._id, stage: 'won' })).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'project.update', { projectId: P2._id, branchId: B._id })).toBe('INPUT.INVALID');
      });
      it('writes nothing when nothing changes', async () => {
        expect((await tc.data('sec_a', 'project.update', { projectId: P2._id, stage: 'negotiating', amount: 60.25 })).updatedAt).toBe(P2.updatedAt);
      });
    });

    it('lands a project, after which it cannot move', async () => {
      P2 = await tc.data('county_1', 'project.update', { projectId: P2._id, stage: 'landed' });
      const before = await dumpDatabase();
      expect(await tc.code('county_1', 'project.update', { projectId: P2._id, stage: 'dropped' })).toBe('PROJECT.BAD_MOVE');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('serialises two concurrent moves of a lead: each sees the other, counted once', async () => {
      const P3 = await tc.data('sec_b', 'project.create', project({ name: '竹编合作社', branchId: B._id, amount: 30, jobs: 12 }));
      const [a, b] = await Promise.all([
        tc.call('sec_b', 'project.update', { projectId: P3._id, stage: 'negotiating' }),
        tc.call('county_1', 'project.update', { projectId: P3._id, stage: 'dropped' }),
      ]);
      // negotiating first: the drop then applies from negotiating (both pass); dropped first: the move is refused.
      expect(a.ok).toBe(!(b.ok && (b as any).data.history.length === 2));
      if (!a.ok) expect(a.error.code).toBe('PROJECT.BAD_MOVE');
      expect(b.ok).toBe(true);
      const stored = (await dumpDatabase()).projects as any[];
      const doc = stored.find((p) => p._id === P3._id);
      expect(doc.stage).toBe('dropped');
      expect(doc.history.map((h: any) => h.to)).toEqual(a.ok ? ['lead', 'negotiating', 'dropped'] : ['lead', 'dropped']);
      expect((await tc.data('county_1', 'project.list', {})).totals).toEqual(recount(stored));
    });
  });

  describe('project.list', () => {
    it('shows the county everything with the county totals, matching the stored projects', async () => {
      const r = await tc.data('county_1', 'project.list', {});
      expect(r.items.length).toBeGreaterThanOrEqual(3);
      const stored = (await dumpDatabase()).projects as any[];
      expect(r.totals).toEqual(recount(stored));
      expect(r.totals.landed).toEqual({ count: 1, amount: 60.25, jobs: 8 });
    });

    it('shows a secretary his branches projects and their totals only', async () => {
      const r = await tc.data('sec_a', 'project.list', {});
      expect(r.items.map((p: any) => p._id)).toEqual([P2._id]);
      expect(r.totals).toEqual({ ...emptyTotals(), landed: { count: 1, amount: 60.25, jobs: 8 } });
      const stored = (await dumpDatabase()).projects as any[];
      expect((await tc.data('county_1', 'project.list', { branchId: B._id })).totals).toEqual(recount(stored, B._id));
    });

    it('filters by stage and pages', async () => {
      expect((await tc.data('county_1', 'project.list', { stage: 'lead' })).items.map((p: any) => p._id)).toEqual([P1._id]);
      const p1 = await tc.data('county_1', 'project.list', { limit: 2 });
      const p2 = await tc.data('county_1', 'project.list', { limit: 2, cursor: p1.nextCursor });
      expect([...p1.items, ...p2.items].map((p: any) => p._id)).toHaveLength(3);
      expect(p2.nextCursor).toBeNull();
    });

    it('refuses other branches, cadres and members', async () => {
      expect(await tc.code('sec_a', 'project.list', { branchId: B._id })).toBe('AUTH.FORBIDDEN');
      for (const who of ['cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'project.list', {})).toBe('AUTH.FORBIDDEN');
    });

    it('costs a fixed number of database requests, whatever the number of projects', async () => {
      const P4 = await tc.data('county_1', 'project.create', project({ name: '食用菌基地' }));
      expect(await tc.requests(() => tc.data('county_1', 'project.update', { projectId: P4._id, stage: 'negotiating' }))).toBe(6);
      expect(await tc.requests(() => tc.data('county_1', 'project.create', project({ name: '民宿' })))).toBe(3); // caller, the project, the totals increment (no transaction)
      expect(await tc.requests(() => tc.data('county_1', 'project.list', {}))).toBe(3);
      expect(await tc.requests(() => tc.data('county_1', 'hometown.stats', {}))).toBe(8);
      expect(await tc.requests(() => tc.data('sec_a', 'hometown.stats', { branchId: A._id }))).toBe(9);
    });

    it('puts the same totals on the dashboard card', async () => {
      const { totals } = await tc.data('county_1', 'project.list', {});
      expect((await tc.data('county_1', 'hometown.stats', {})).pipeline).toEqual(totals);
      expect((await tc.data('sec_a', 'hometown.stats', { branchId: A._id })).pipeline).toEqual(normalizeTotals({ landed: { count: 1, amount: 60.25, jobs: 8 } }));
    });
  });
});
