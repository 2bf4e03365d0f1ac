import { ADMIN, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { DAY } from './helpers/days';
import { uploadSheet, villagesXlsx } from './helpers/import';
import { printPosters } from './helpers/posters';
import { getDoc, sdkDb } from './helpers/study';

jest.setTimeout(60_000);

/**
 * cron-cleanup: ledger exports, import uploads and poster jobs (zips, drawn codes) untouched for 7 days lose their
 * files, then their job; newer ones and everything else stay; a client call (an OPENID) cleans
 * nothing; a second run finds nothing.
 */
describe('cron-cleanup', () => {
  let tc: TestCloud;
  const files = () => tc.lc.storage.list().map((f) => f.cloudPath);
  const stored = (fileID: string) => files().some((p) => p.endsWith(fileID.split('/').pop()!));
  const age = (collection: string, id: string, days: number) =>
    sdkDb().collection(collection).doc(id).update({ data: { updatedAt: Date.now() - days * DAY } });

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
    expect([stored(oldJob.fileID), stored(freshJob.fileID)]).toEqual([true, true]);

    expect(await tc.lc.invoke('cron-cleanup', {}, { openid: 'county_1' })).toMatchObject({ done: false, removed: { exports: 0 } });
    expect(await getDoc('exports', old.jobId)).toBeTruthy();

    const run = await tc.lc.invoke('cron-cleanup', {});
    expect(run).toMatchObject({ done: true, removed: { exports: 1, imports: 0, posters: 0 }, filesDeleted: 2 });
    expect(files()).not.toContain(`exports/county_1/${old.jobId}/part-0.json`);
    expect(await getDoc('exports', old.jobId)).toBeNull();
    expect(await getDoc('exports', fresh.jobId)).toBeTruthy();
    expect([stored(oldJob.fileID), stored(freshJob.fileID)]).toEqual([false, true]);
    expect(await tc.code('county_1', 'ledger.exportStatus', { jobId: old.jobId })).toBe('LEDGER.EXPORT_NOT_FOUND');
    expect((await tc.data('county_1', 'ledger.exportStatus', { jobId: fresh.jobId })).url).toMatch(/^http/);

    expect(await tc.lc.invoke('cron-cleanup', {})).toMatchObject({ done: true, removed: { exports: 0 }, filesDeleted: 0 });
  });

  it('removes an old import: the uploaded sheet, its checked rows, then the job', async () => {
    const sheet = await uploadSheet(tc, ADMIN, await villagesXlsx([{ 乡镇: '花桥镇', 村: '白沙村' }]));
    const report = await tc.data(ADMIN, 'import.check', { kind: 'groups', fileID: sheet });
    const job = await getDoc('imports', report.jobId);
    expect([stored(sheet), stored(job.rowsFileID)]).toEqual([true, true]);

    expect(await tc.lc.invoke('cron-cleanup', {})).toMatchObject({ removed: { imports: 0 } });
    await age('imports', report.jobId, 8);
    expect(await tc.lc.invoke('cron-cleanup', {})).toMatchObject({ done: true, removed: { imports: 1 }, filesDeleted: 2 });
    expect([stored(sheet), stored(job.rowsFileID)]).toEqual([false, false]);
    expect(await getDoc('imports', report.jobId)).toBeNull();
  });

  it('removes old poster jobs: a finished one\'s zip, an unfinished one\'s drawn codes, then the jobs; keeps a new one', async () => {
    const { last: printed } = await printPosters(tc, 'county_1');
    expect(printed.state).toBe('done');
    expect(stored(printed.fileID)).toBe(true);
    await age('posters', printed.jobId, 8);
    // A print left unfinished 8 days ago: the PNGs its steps drew, named per job and branch.
    const part = (n: number) => tc.lc.storage.put(`posters/county_1/stalled/b${n}.png`, Buffer.from('png'));
    const stalled = { _id: 'stalled', openid: 'county_1', state: 'running', done: 2, partIds: [await part(1), await part(2)], fileID: null, createdAt: Date.now() - 8 * DAY, updatedAt: Date.now() - 8 * DAY };
    await sdkDb().collection('posters').add({ data: stalled });
    // A job printed today stays, with its zip.
    const fresh = { _id: 'fresh', openid: 'county_1', state: 'done', partIds: [], fileID: await tc.lc.storage.put('posters/county_1/fresh.zip', Buffer.from('zip')), createdAt: Date.now(), updatedAt: Date.now() };
    await sdkDb().collection('posters').add({ data: fresh });

    expect(await tc.lc.invoke('cron-cleanup', {})).toMatchObject({ done: true, removed: { posters: 2 }, filesDeleted: 3 });
    expect([stored(printed.fileID), ...stalled.partIds.map(stored), stored(fresh.fileID)]).toEqual([false, false, false, true]);
    expect((await sdkDb().collection('posters').get()).data.map((r: any) => r._id)).toEqual(['fresh']);
    expect(await tc.code('county_1', 'branch.postersStatus', { jobId: printed.jobId })).toBe('POSTER.JOB_NOT_FOUND');
  });
});
