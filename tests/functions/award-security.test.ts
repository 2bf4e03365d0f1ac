import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';
import { dayAfter } from './helpers/days';

jest.setTimeout(60_000);

const reason = (n: string) => `${n}：扎根异乡不忘初心，组织流动党员开展志愿服务，带动老乡就业。`;

/** What a campaign's counts are made of: its nominations' counters and its vote records. */
async function countsOf(campaignId: string) {
  const [{ data: nominations }, { data: votes }] = await Promise.all([
    sdkDb().collection('awardNominations').where({ campaignId }).orderBy('_id', 'asc').get(),
    sdkDb().collection('awardVotes').where({ campaignId }).orderBy('_id', 'asc').get(),
  ]);
  return { nominations, votes };
}

/**
 * Review findings on 评选: who may read a campaign at all, and that closing really freezes the
 * counts. Branch A: m_0 (G1); branch B: m_1..m_12 (G1, voters). ag_x holds only an inflow grant.
 */
describe('award security', () => {
  let tc: TestCloud;
  const m: Record<string, any> = {};
  let C: any;

  beforeAll(async () => {
    tc = await startTestCloud();
    const { A, G1, sa, sb } = await seedTwoBranches(tc);
    const joined = [...(await joinMembers(tc, sa, G1._id, 0, 1)), ...(await joinMembers(tc, sb, G1._id, 1, 12))];
    joined.forEach((j, i) => (m[`m_${i}`] = j.member));
    await grantRoles(tc, { A }, 'county_1', 'sec_a');
    // An inflow organiser: a grant of the agreement kind only (written directly: no agreement is needed to read awards).
    await sdkDb().collection('users').add({ data: { _id: 'ag_x', name: '流入地组织', grants: [{ role: 'inflow', agreementId: 'agr_x' }] } });
    C = await tc.data('county_1', 'award.open', { kind: 'member', title: '2026 年度二十佳流动党员', year: 2026, votesPerVoter: 1, voteStartDay: dayAfter(1), voteEndDay: dayAfter(7) });
    await tc.data('sec_a', 'award.nominate', { campaignId: C._id, candidateId: m.m_0._id, reason: reason('m_0') });
    await sdkDb().collection('awardCampaigns').doc(C._id).update({ data: { voteStartDay: dayAfter(0) } });
  });
  afterAll(() => tc?.dispose());

  it('shows campaigns, candidates and results only to members and our organisers', async () => {
    for (const who of ['stranger_1', 'ag_x']) {
      expect(await tc.code(who, 'award.list')).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'award.get', { campaignId: C._id })).toBe('AUTH.FORBIDDEN');
    }
    expect((await tc.data('m_1', 'award.get', { campaignId: C._id })).candidates.map((c: any) => c.name)).toEqual(['党员000']);
    expect((await tc.data('sec_a', 'award.list')).items).toHaveLength(1);
  });

  it('counts no vote once the close has answered', async () => {
    const voters = Array.from({ length: 12 }, (_, i) => `m_${i + 1}`);
    const votes = voters.map((v) => tc.call(v, 'award.vote', { campaignId: C._id, candidateId: m.m_0._id }));
    const closed = await tc.call('county_1', 'award.close', { campaignId: C._id });
    expect(closed.ok).toBe(true);
    const atClose = await countsOf(C._id);
    const answers = await Promise.all(votes);
    // Every vote either counted before the close or was refused as closed; nothing moved after it.
    expect(answers.every((a) => a.ok || (a as any).error.code === 'AWARD.CLOSED')).toBe(true);
    expect(await countsOf(C._id)).toEqual(atClose);
    expect(atClose.nominations[0].votes).toBe(answers.filter((a) => a.ok).length);
    expect(atClose.votes).toHaveLength(answers.filter((a) => a.ok).length);
  });

  it('takes no nomination once the close has answered', async () => {
    const c2 = await tc.data('county_1', 'award.open', { kind: 'member', title: '2027 年度二十佳流动党员', year: 2027, votesPerVoter: 1, voteStartDay: dayAfter(1), voteEndDay: dayAfter(7) });
    const nominations = Object.values(m).map((x) => tc.call('county_1', 'award.nominate', { campaignId: c2._id, candidateId: x._id, reason: reason(x.name) }));
    expect((await tc.call('county_1', 'award.close', { campaignId: c2._id })).ok).toBe(true);
    const atClose = await countsOf(c2._id);
    const answers = await Promise.all(nominations);
    expect(answers.every((a) => a.ok || (a as any).error.code === 'AWARD.CLOSED')).toBe(true);
    expect(await countsOf(c2._id)).toEqual(atClose);
    expect(atClose.nominations).toHaveLength(answers.filter((a) => a.ok).length);
  });

  it('shows published results to members, never to strangers', async () => {
    await tc.data('county_1', 'award.close', { campaignId: C._id, publish: true });
    expect((await tc.data('m_2', 'award.results', { campaignId: C._id })).rows).toHaveLength(1);
    for (const who of ['stranger_1', 'ag_x']) expect(await tc.code(who, 'award.results', { campaignId: C._id })).toBe('AUTH.FORBIDDEN');
  });
});
