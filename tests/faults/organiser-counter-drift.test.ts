/**
 * The organisers' counters follow the same rule as the members': record first, counters by
 * increments after it. Here the local cloud dies (SIGKILL) between the two for a family visit
 * (careCounters: visits, amount, families), a hometown project (projectTotals/pipeline) and a
 * vote (awardNominations.votes, cut right after its transaction's commit); one
 * run of cron-reconcile mends both from the records and reports each mend, and a second run finds
 * nothing left.
 */
import { ChildCloud } from './helpers/child-cloud';
import { readStore, byId, docs } from './helpers/disk-store';
import { seedCounty } from './helpers/child-seed';
import { profile } from '../functions/helpers/cloud';
import { dayOf } from '../../src/domain/shared/day.rules';
import { postJson } from '../e2e/helpers/process';
import { dayAfter } from '../functions/helpers/days';
import { startLocalCloud } from '../../localcloud/server';
import { localSdkDb } from '../../localcloud/sdk-db';

jest.setTimeout(180_000);

// After a restart nothing can be in flight: the reconciler need not wait for writes to settle.
const ENV = { RECONCILE_SETTLE_MS: '0' };

describe('SIGKILL between an organiser\'s record and its counters: the reconciler closes the gap', () => {
  const cc = new ChildCloud();
  let county: Awaited<ReturnType<typeof seedCounty>>;
  let memberId: string;

  beforeAll(async () => {
    await cc.start(ENV);
    county = await seedCounty(cc);
    memberId = (await cc.data('m_1', 'member.join', { scene: county.scene, groupId: county.groupId, ...profile(1) })).member._id;
  });
  afterAll(() => cc.dispose());

  async function dieAfterInsert(coll: string, action: string, payload: unknown, openid = 'county_1') {
    await postJson(cc.url, '/dev/faults', { crashAfterInsertInto: coll });
    await expect(cc.call(openid, action, payload)).rejects.toThrow();
    await cc.kill();
    await cc.start(ENV);
  }

  it('a family visit without its care counters: visits, amount and the family counted by the next run', async () => {
    const year = new Date().getFullYear();
    await dieAfterInsert('careVisits', 'visit.log', { memberId, day: dayOf(Date.now()), visitors: ['张村干'], given: '慰问品', amount: 200 });
    await cc.stop();
    const drifted = readStore(cc.dataDir);
    expect(docs(drifted, 'careVisits')).toHaveLength(1);
    expect(byId(drifted, 'careCounters').get(`${year}_county`)).toBeUndefined(); // its first increment never ran
    await cc.start(ENV);

    const run = await cc.timer('cron-reconcile');
    expect(run.mended).toEqual(expect.arrayContaining([
      { doc: `careCounters/${year}_county`, field: 'visits', was: 0, now: 1 },
      { doc: `careCounters/${year}_b_${county.branchId}`, field: 'amountFen', was: 0, now: 20000 },
      { doc: `careCounters/${year}_g_${county.groupId}`, field: 'families', was: 0, now: 1 },
    ]));
    await cc.stop();
    const mended = readStore(cc.dataDir);
    expect(byId(mended, 'careCounters').get(`${year}_county`)).toMatchObject({ visits: 1, amountFen: 20000, families: 1 });
    expect(byId(mended, 'careVisitedFamilies').has(`${year}_${memberId}`)).toBe(true); // the family's mark, cut too, is written
    await cc.start(ENV);

    // The family's next visit is not its first of the year: families stays 1.
    await cc.data('county_1', 'visit.log', { memberId, day: dayOf(Date.now()), visitors: ['张村干'], given: '慰问品' });
    expect((await cc.timer('cron-reconcile')).mended).toEqual([]);
    await cc.stop();
    expect(byId(readStore(cc.dataDir), 'careCounters').get(`${year}_county`)).toMatchObject({ visits: 2, amountFen: 20000, families: 1 });
    await cc.start(ENV);
  });

  it('a project without its pipeline totals: the county and branch totals mended', async () => {
    const project = { name: '返乡茶园', kind: '创业', industry: '茶叶', location: '汤山镇龙井村', amount: 120.5, jobs: 10, branchId: county.branchId };
    await cc.data('county_1', 'project.create', { ...project, name: '电商仓储', amount: 30.25, jobs: 2 });
    await dieAfterInsert('projects', 'project.create', project);

    const run = await cc.timer('cron-reconcile');
    expect(run.mended).toEqual(expect.arrayContaining([
      { doc: 'projectTotals/pipeline', field: 'county.lead.count', was: 1, now: 2 },
      { doc: 'projectTotals/pipeline', field: `branches.${county.branchId}.lead.amount`, was: 30.25, now: 150.75 },
    ]));
    expect((await cc.timer('cron-reconcile')).mended).toEqual([]);
    await cc.stop();
    const totals = byId(readStore(cc.dataDir), 'projectTotals').get('pipeline');
    expect(totals.county.lead).toMatchObject({ count: 2, jobs: 12 });
    expect(totals.county.lead.amount).toBeCloseTo(150.75, 6);
    await cc.start(ENV);
  });

  it('a vote committed without its nomination\'s count: the count mended from the votes', async () => {
    const candidateId = memberId;
    await cc.data('m_2', 'member.join', { scene: county.scene, groupId: county.groupId, ...profile(2) });
    const campaign = await cc.data('county_1', 'award.open', { kind: 'member', title: '年度二十佳流动党员', year: new Date().getFullYear(), votesPerVoter: 2, voteStartDay: dayAfter(1), voteEndDay: dayAfter(7) });
    await cc.data('county_1', 'award.nominate', { campaignId: campaign._id, candidateId, reason: '扎根异乡不忘初心，组织流动党员开展志愿服务，带动老乡就业。' });
    // The calendar moves on: voting opens today (written into the stopped cloud's data folder).
    await cc.stop();
    const here = await startLocalCloud({ port: 0, dataDir: cc.dataDir, functionsDir: 'cloudfunctions', timers: false });
    await localSdkDb().collection('awardCampaigns').doc(campaign._id).update({ data: { voteStartDay: dayAfter(0) } });
    await here.close();
    await cc.start(ENV);

    await dieAfterInsert('awardVotes', 'award.vote', { campaignId: campaign._id, candidateId }, 'm_2');
    const id = `${campaign._id}_${candidateId}`;
    await cc.stop();
    const drifted = readStore(cc.dataDir);
    expect(docs(drifted, 'awardVotes')).toHaveLength(1); // the vote and its ballot committed
    expect(byId(drifted, 'awardNominations').get(id).votes).toBe(0); // its count never moved
    await cc.start(ENV);

    expect((await cc.timer('cron-reconcile')).mended).toEqual(expect.arrayContaining([{ doc: `awardNominations/${id}`, field: 'votes', was: 0, now: 1 }]));
    expect(await cc.call('m_2', 'award.vote', { campaignId: campaign._id, candidateId })).toMatchObject({ ok: false, error: { code: 'AWARD.ALREADY_VOTED' } });
    await cc.stop();
    expect(byId(readStore(cc.dataDir), 'awardNominations').get(id).votes).toBe(1);
    await cc.start(ENV);
  });
});
