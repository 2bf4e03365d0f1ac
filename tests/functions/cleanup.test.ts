import { ADMIN, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { DAY } from './helpers/days';
import { getDoc, sdkDb } from './helpers/study';

jest.setTimeout(60_000);

/**
 * cron-cleanup: ledger exports untouched for 7 days lose their files, then their job; newer ones
 * and everything else stay; a client call (an OPENID) cleans nothing; a second run finds nothing.
 */
describe('cron-cleanup', () => {
  let tc: TestCloud;
  const files = () => tc.lc.storage.list().map((f) => f.cloudPath);

  beforeAll(async () => {
    tc = await startTestCloud();
    const org = await seedTwoBranches(tc);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    for (let i = 1; i <= 3; i++) await tc.data(`m_${i}`, 'member.join', { scene: org.sa, groupId: org.G1._id, ...profile(i) });
  });
  afterAll(() => tc?.dispose());

  it('removes exports older than the retention with their files, and nothing else', async () => {
    const old = await tc.data('county_1', 'ledger.export', {});
    const fresh = await tc.data('county_1', 'ledger.export', {});
    expect([old.state, fresh.state]).toEqual(['done', 'done']);
    const oldJob = await getDoc('exports', old.jobId);
    const freshJob = await getDoc('exports', fresh.jobId);
    // The old job was last touched 8 days ago, and an unfinished job left a part file behind.
    const part = await tc.lc.storage.put(`exports/county_1/${old.jobId}/part-0.json`, Buffer.from('[]'));
    await sdkDb().collection('exports').doc(old.jobId).update({ data: { updatedAt: Date.now() - 8 * DAY, partIds: [part] } });
    expect(files()).toEqual(expect.arrayContaining([expect.stringContaining(oldJob.fileID.split('/').pop()), expect.stringContaining(freshJob.fileID.split('/').pop())]));

    expect(await tc.lc.invoke('cron-cleanup', {}, { openid: 'county_1' })).toMatchObject({ exportsRemoved: 0 });
    expect(await getDoc('exports', old.jobId)).toBeTruthy();

    const run = await tc.lc.invoke('cron-cleanup', {});
    expect(run).toMatchObject({ done: true, exportsRemoved: 1, filesDeleted: 2 });
    expect(files()).not.toContain(`exports/county_1/${old.jobId}/part-0.json`);
    expect(await getDoc('exports', old.jobId)).toBeNull();
    expect(await getDoc('exports', fresh.jobId)).toBeTruthy();
    expect(files().some((p) => p.endsWith(oldJob.fileID.split('/').pop()))).toBe(false);
    expect(files().some((p) => p.endsWith(freshJob.fileID.split('/').pop()))).toBe(true);
    expect(await tc.code('county_1', 'ledger.exportStatus', { jobId: old.jobId })).toBe('LEDGER.EXPORT_NOT_FOUND');
    expect((await tc.data('county_1', 'ledger.exportStatus', { jobId: fresh.jobId })).url).toMatch(/^http/);

    expect(await tc.lc.invoke('cron-cleanup', {})).toMatchObject({ done: true, exportsRemoved: 0, filesDeleted: 0 });
  });
});
