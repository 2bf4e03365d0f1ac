import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { sdkDb } from './helpers/study';
import { dayAfter } from './helpers/days';

jest.setTimeout(120_000);

const reason = (n: number | string) => `${n}：扎根异乡不忘初心，组织流动党员开展志愿服务，带动老乡就业。`;

/** The calendar moves on: the campaign's voting window now starts `from` days from today. */
const moveWindow = (id: string, from: number, to: number) =>
  sdkDb().collection('awardCampaigns').doc(id).update({ data: { voteStartDay: dayAfter(from), voteEndDay: dayAfter(to) } });
const nominationOf = async (campaignId: string, candidateId: string) => (await sdkDb().collection('awardNominations').doc(`${campaignId}_${candidateId}`).get()).data;

/**
 * Branch A: m_0, m_1 (G1), m_2 (G2); branch B: m_3 (G1), m_4 (G2), m_5..m_15 (G1, voters).
 * sec_a runs A; cadre_g1 is G1's village cadre; county_1 is 组织部 staff.
 */
describe('十佳 / 二十佳 评选', () => {
  let tc: TestCloud;
  let A: any, B: any;
  const m: Record<string, any> = {};
  let MC: any; // 二十佳流动党员, 2 votes each
  let BC: any; // 十佳流动党组织, 1 vote each

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string, G1: any, G2: any;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    const joined = [
      ...(await joinMembers(tc, sa, G1._id, 0, 2)),
      ...(await joinMembers(tc, sa, G2._id, 2, 1)),
      ...(await joinMembers(tc, sb, G1._id, 3, 1)),
      ...(await joinMembers(tc, sb, G2._id, 4, 1)),
      ...(await joinMembers(tc, sb, G1._id, 5, 11)),
    ];
    joined.forEach((j, i) => (m[`m_${i}`] = j.member));
    await grantRoles(tc, { A }, 'county_1', 'sec_a');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'cadre_g1', role: 'cadre', groupId: G1._id });
  });
  afterAll(() => tc?.dispose());

  const open = (over: Record<string, unknown> = {}, by = 'county_1') =>
    tc.call(by, 'award.open', { kind: 'member', title: '2026 年度二十佳流动党员', year: 2026, votesPerVoter: 2, voteStartDay: dayAfter(1), voteEndDay: dayAfter(7), ...over });
  const nominate = (by: string, campaignId: string, candidateId: string, r = reason(candidateId)) => tc.call(by, 'award.nominate', { campaignId, candidateId, reason: r });
  const vote = (by: string, campaignId: string, candidateId: string) => tc.call(by, 'award.vote', { campaignId, candidateId });

  describe('opening', () => {
    it('refuses anyone but the county and bad settings, changing nothing', async () => {
      const before = await dumpDatabase();
      for (const who of ['sec_a', 'cadre_g1', 'm_0']) expect((await open({}, who)) as any).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      const bad = async (over: Record<string, unknown>, field: string) => {
        const r = await open(over);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        if (!r.ok) expect(r.error.fields!.map((f) => f.path)).toContain(field);
      };
      await bad({ votesPerVoter: 21 }, 'votesPerVoter');
      await bad({ kind: 'branch', votesPerVoter: 11 }, 'votesPerVoter');
      await bad({ voteStartDay: dayAfter(3), voteEndDay: dayAfter(2) }, 'voteEndDay');
      await bad({ voteStartDay: dayAfter(-3), voteEndDay: dayAfter(-1) }, 'voteEndDay');
      await bad({ voteStartDay: dayAfter(0), voteEndDay: dayAfter(3) }, 'voteStartDay');
      await bad({ kind: 'group' }, 'kind');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('opens campaigns with the seats of their names by default', async () => {
      const r = await open();
      expect(r.ok).toBe(true);
      MC = (r as any).data;
      expect(MC).toMatchObject({ kind: 'member', seats: 20, votesPerVoter: 2, status: 'open', nominationOpen: true, votingOpen: false, votesLeft: null });
      BC = await tc.data('county_1', 'award.open', { kind: 'branch', title: '2026 年度十佳流动党组织', year: 2026, votesPerVoter: 1, voteStartDay: dayAfter(1), voteEndDay: dayAfter(7) });
      expect(BC.seats).toBe(10);
    });
  });

  describe('nomination refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('is for organisers within their scope', async () => {
      expect((await nominate('m_0', MC._id, m.m_1._id)).ok).toBe(false);
      expect(await tc.code('m_0', 'award.nominate', { campaignId: MC._id, candidateId: m.m_1._id, reason: reason(1) })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(ADMIN, 'award.nominate', { campaignId: MC._id, candidateId: m.m_1._id, reason: reason(1) })).toBe('AUTH.FORBIDDEN');
      // sec_a: branch A only; cadre_g1: G1 members only
      expect(await tc.code('sec_a', 'award.nominate', { campaignId: MC._id, candidateId: m.m_4._id, reason: reason(1) })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_g1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_4._id, reason: reason(1) })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'award.nominate', { campaignId: BC._id, candidateId: B._id, reason: reason(1) })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_g1', 'award.nominate', { campaignId: BC._id, candidateId: A._id, reason: reason(1) })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses unknown candidates and campaigns, candidates of the other kind, short reasons, risky text', async () => {
      expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: 'nobody', reason: reason(1) })).toBe('AWARD.CANDIDATE_NOT_FOUND');
      expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: A._id, reason: reason(1) })).toBe('AWARD.CANDIDATE_NOT_FOUND');
      expect(await tc.code('county_1', 'award.nominate', { campaignId: BC._id, candidateId: m.m_0._id, reason: reason(1) })).toBe('AWARD.CANDIDATE_NOT_FOUND');
      expect(await tc.code('county_1', 'award.nominate', { campaignId: 'nocampaign', candidateId: m.m_0._id, reason: reason(1) })).toBe('AWARD.NOT_FOUND');
      expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_0._id, reason: '优秀' })).toBe('INPUT.INVALID');
      tc.lc.faults.msgSecRisky = true;
      try {
        expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_0._id, reason: reason(1) })).toBe('CONTENT.RISKY');
      } finally {
        tc.lc.faults.msgSecRisky = false;
      }
    });

    it('refuses votes before the window opens', async () => {
      expect(await tc.code('m_5', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id })).toBe('AWARD.OUTSIDE_WINDOW');
    });
  });

  describe('nominations', () => {
    it('takes one nomination per candidate, with the nominator and a snapshot of the candidate', async () => {
      const n = await tc.data('sec_a', 'award.nominate', { campaignId: MC._id, candidateId: m.m_0._id, reason: reason('m_0') });
      expect(n).toMatchObject({ candidateId: m.m_0._id, name: '党员000', sub: A.name, reason: reason('m_0'), votes: null, votedByMe: false });
      await tc.data('cadre_g1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_3._id, reason: reason('m_3') });
      await tc.data('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_4._id, reason: reason('m_4') });
      await tc.data('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_5._id, reason: reason('m_5') });
      await tc.data('sec_a', 'award.nominate', { campaignId: BC._id, candidateId: A._id, reason: reason('A') });
      await tc.data('county_1', 'award.nominate', { campaignId: BC._id, candidateId: B._id, reason: reason('B') });
      const before = await dumpDatabase();
      expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_0._id, reason: reason('again') })).toBe('AWARD.ALREADY_NOMINATED');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('closes nominations when voting starts', async () => {
      await moveWindow(MC._id, 0, 6);
      await moveWindow(BC._id, 0, 6);
      const before = await dumpDatabase();
      expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_1._id, reason: reason(1) })).toBe('AWARD.NOMINATION_CLOSED');
      expect(await dumpDatabase()).toEqual(before);
    });
  });

  describe('vote refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('is for joined members, for nominated candidates, never for himself', async () => {
      expect((await vote('county_1', MC._id, m.m_0._id)).ok).toBe(false);
      expect(await tc.code('county_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id })).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code('m_0', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id })).toBe('AWARD.SELF_VOTE');
      expect(await tc.code('m_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_2._id })).toBe('AWARD.CANDIDATE_NOT_FOUND');
      expect(await tc.code('m_1', 'award.vote', { campaignId: 'nocampaign', candidateId: m.m_0._id })).toBe('AWARD.NOT_FOUND');
      expect(await tc.code('m_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id, memberId: m.m_2._id })).toBe('INPUT.INVALID');
    });
  });

  describe('voting', () => {
    it('counts a vote, refuses a second for the same candidate and more than allowed', async () => {
      expect(await tc.data('m_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id })).toEqual({ candidateId: m.m_0._id, votesLeft: 1 });
      const before = await dumpDatabase();
      expect(await tc.code('m_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id })).toBe('AWARD.ALREADY_VOTED');
      expect(await dumpDatabase()).toEqual(before);
      expect(await tc.data('m_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_3._id })).toEqual({ candidateId: m.m_3._id, votesLeft: 0 });
      const full = await dumpDatabase();
      expect(await tc.code('m_1', 'award.vote', { campaignId: MC._id, candidateId: m.m_4._id })).toBe('AWARD.NO_VOTES_LEFT');
      expect(await dumpDatabase()).toEqual(full);
      expect((await nominationOf(MC._id, m.m_0._id)).votes).toBe(1);
      expect((await sdkDb().collection('awardBallots').doc(`${MC._id}_${m.m_1._id}`).get()).data).toMatchObject({ used: 2, candidateIds: [m.m_0._id, m.m_3._id] });
    });

    it('costs a fixed number of database requests per vote', async () => {
      // caller; campaign; nomination + ballot; transaction: start, campaign, ballot, vote, ballot, counter, commit
      expect(await tc.requests(() => tc.data('m_10', 'award.vote', { campaignId: MC._id, candidateId: m.m_5._id }))).toBe(11);
    });

    it('counts the same vote fired 10 times at once exactly once', async () => {
      const answers = await Promise.all(Array.from({ length: 10 }, () => vote('m_6', MC._id, m.m_4._id)));
      expect(answers.filter((a) => a.ok)).toHaveLength(1);
      expect(answers.filter((a) => !a.ok).map((a) => (a as any).error.code)).toEqual(Array(9).fill('AWARD.ALREADY_VOTED'));
      expect((await nominationOf(MC._id, m.m_4._id)).votes).toBe(1);
      const { data: votes } = await sdkDb().collection('awardVotes').where({ campaignId: MC._id, memberId: m.m_6._id }).get();
      expect(votes).toHaveLength(1);
      expect((await sdkDb().collection('awardBallots').doc(`${MC._id}_${m.m_6._id}`).get()).data).toMatchObject({ used: 1, candidateIds: [m.m_4._id] });
    });

    it('never lets parallel votes for different candidates exceed the allowance', async () => {
      const answers = await Promise.all([m.m_0, m.m_3, m.m_4, m.m_5].map((c) => vote('m_7', MC._id, c._id)));
      expect(answers.filter((a) => a.ok)).toHaveLength(2);
      expect(answers.filter((a) => !a.ok).map((a) => (a as any).error.code)).toEqual(['AWARD.NO_VOTES_LEFT', 'AWARD.NO_VOTES_LEFT']);
      const { data: votes } = await sdkDb().collection('awardVotes').where({ campaignId: MC._id, memberId: m.m_7._id }).get();
      expect(votes).toHaveLength(2);
      const nominations = (await sdkDb().collection('awardNominations').where({ campaignId: MC._id }).get()).data;
      const { data: all } = await sdkDb().collection('awardVotes').where({ campaignId: MC._id }).get();
      for (const n of nominations) expect(n.votes).toBe(all.filter((v: any) => v.candidateId === n.candidateId).length);
    });

    it('shows candidates with reasons and the caller\'s votes; counts to the county only while voting', async () => {
      const g = await tc.data('m_1', 'award.get', { campaignId: MC._id });
      expect(g.campaign).toMatchObject({ votingOpen: true, nominationOpen: false, votesLeft: 0 });
      expect(g.candidates.map((c: any) => c.name)).toEqual(['党员000', '党员003', '党员004', '党员005']);
      expect(g.candidates.every((c: any) => c.votes === null)).toBe(true);
      expect(g.candidates.filter((c: any) => c.votedByMe).map((c: any) => c.candidateId)).toEqual([m.m_0._id, m.m_3._id]);
      expect(g).toMatchObject({ canNominate: false, canManage: false });
      const county = await tc.data('county_1', 'award.get', { campaignId: MC._id });
      expect(county.candidates.map((c: any) => c.votes)).toEqual(expect.arrayContaining([expect.any(Number)]));
      expect(county).toMatchObject({ canManage: true, canNominate: true });
      expect(await tc.code('m_1', 'award.results', { campaignId: MC._id })).toBe('AWARD.NOT_PUBLISHED');
      expect(await tc.code('sec_a', 'award.results', { campaignId: MC._id })).toBe('AWARD.NOT_PUBLISHED');
      expect((await tc.data('county_1', 'award.results', { campaignId: MC._id })).voters).toBe(4);
      const list = await tc.data('m_9', 'award.list');
      expect(list.items.map((c: any) => [c._id, c.votesLeft])).toEqual(expect.arrayContaining([[MC._id, 2], [BC._id, 1]]));
    });

    it('refuses votes after the window ends', async () => {
      await vote('m_8', BC._id, A._id);
      await moveWindow(BC._id, -7, -1);
      const before = await dumpDatabase();
      expect(await tc.code('m_9', 'award.vote', { campaignId: BC._id, candidateId: A._id })).toBe('AWARD.OUTSIDE_WINDOW');
      expect(await dumpDatabase()).toEqual(before);
    });
  });

  describe('close and publish', () => {
    it('is the county\'s; refusals change nothing', async () => {
      const before = await dumpDatabase();
      for (const who of ['sec_a', 'cadre_g1', 'm_1']) expect(await tc.code(who, 'award.close', { campaignId: MC._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'award.close', { campaignId: 'nocampaign' })).toBe('AWARD.NOT_FOUND');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('closes (no more votes, results still private), then publishes; a published campaign never changes', async () => {
      expect(await tc.data('county_1', 'award.close', { campaignId: MC._id })).toMatchObject({ status: 'closed', votingOpen: false });
      const closed = await dumpDatabase();
      expect(await tc.code('m_9', 'award.vote', { campaignId: MC._id, candidateId: m.m_0._id })).toBe('AWARD.CLOSED');
      expect(await tc.code('county_1', 'award.nominate', { campaignId: MC._id, candidateId: m.m_1._id, reason: reason(1) })).toBe('AWARD.CLOSED');
      expect(await tc.code('county_1', 'award.close', { campaignId: MC._id })).toBe('AWARD.CLOSED');
      expect(await tc.code('m_1', 'award.results', { campaignId: MC._id })).toBe('AWARD.NOT_PUBLISHED');
      expect(await dumpDatabase()).toEqual(closed);

      expect(await tc.data('county_1', 'award.close', { campaignId: MC._id, publish: true })).toMatchObject({ status: 'published' });
      const published = await dumpDatabase();
      expect(await tc.code('county_1', 'award.close', { campaignId: MC._id, publish: true })).toBe('AWARD.CLOSED');
      expect(await tc.code('county_1', 'award.close', { campaignId: MC._id })).toBe('AWARD.CLOSED');
      expect(await dumpDatabase()).toEqual(published);
    });

    it('shows everyone the ranked counts once published', async () => {
      const r = await tc.data('m_1', 'award.results', { campaignId: MC._id });
      // m_1: m_0 + m_3; m_10: m_5; m_6: m_4; m_7: two of m_0/m_3/m_4/m_5
      const { data: all } = await sdkDb().collection('awardVotes').where({ campaignId: MC._id }).get();
      expect(r.rows.reduce((s: number, x: any) => s + x.votes, 0)).toBe(all.length);
      expect(all).toHaveLength(6);
      expect(r.voters).toBe(4);
      expect(r.rows[0].rank).toBe(1);
      expect(r.rows.every((x: any, i: number) => i === 0 || r.rows[i - 1].votes >= x.votes)).toBe(true);
      expect(r.rows.filter((x: any) => x.votes > 0).every((x: any) => x.elected)).toBe(true);
      const g = await tc.data('m_1', 'award.get', { campaignId: MC._id });
      expect(g.candidates.every((c: any) => typeof c.votes === 'number')).toBe(true);
    });

    it('publishes an open campaign in one step', async () => {
      await moveWindow(BC._id, 0, 3);
      expect(await tc.data('county_1', 'award.close', { campaignId: BC._id, publish: true })).toMatchObject({ status: 'published' });
      const r = await tc.data('m_2', 'award.results', { campaignId: BC._id });
      expect(r.rows.map((x: any) => [x.name, x.votes, x.rank, x.elected])).toEqual([[A.name, 1, 1, true], [B.name, 0, 2, false]]);
    });
  });
});
