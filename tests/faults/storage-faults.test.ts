/**
 * Storage fails (`storageDown`) in the middle of what the functions write to it: the ledger export
 * (part files, the workbook), a check-in with photos, the nightly cleanup; and the process dies
 * between the workbook's upload and the job's record. Nothing is half-written, and once storage is
 * back a retry completes with exactly one file. (Step accounting — three failures fail a job —
 * is ledger-export-progress.test.ts's; the SYSTEM.BUSY code of a check-in, checkin-photos.test.ts's.)
 */
import { ADMIN, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from '../functions/helpers/cloud';
import { DAY } from '../functions/helpers/days';
import { dumpDatabase } from '../functions/helpers/dump';
import { exportFiles, exportToEnd, readLedger } from '../functions/helpers/ledger-export';
import { png } from '../functions/helpers/png';
import { getDoc, newKey, publish, sdkDb, text } from '../functions/helpers/study';
import { FileStore } from '../../localcloud/storage/file-store';
import { CollectionStore } from '../../localcloud/store/collection-store';

jest.setTimeout(60_000);

const MEMBERS = 12;
const workbooks = (tc: TestCloud) => exportFiles(tc).filter((p) => p.endsWith('.xlsx'));
const parts = (tc: TestCloud) => exportFiles(tc).filter((p) => p.endsWith('.json'));

describe('storage faults', () => {
  let tc: TestCloud;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    tc = await startTestCloud();
    const org = await seedTwoBranches(tc);
    await joinMembers(tc, org.sa, org.G1._id, 0, MEMBERS);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
  });
  beforeEach(() => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the functions log each outage
  });
  afterEach(() => {
    tc.lc.faults.storageDown = false;
    jest.restoreAllMocks();
  });
  afterAll(() => tc?.dispose());

  /** Polls the export until it leaves `running`, as the page does. */
  const finish = async (jobId: string) => (await exportToEnd(tc, 'county_1', { jobId })).last;

  async function expectOneWorkbook(r: any) {
    expect(r).toMatchObject({ state: 'done', processed: MEMBERS });
    expect(workbooks(tc)).toHaveLength(1);
    expect(parts(tc)).toEqual([]);
    expect((await readLedger(r.url)).rows).toHaveLength(MEMBERS);
  }

  it('ledger.export while storage is down writes no file; the job stays resumable and completes with one file once it is back', async () => {
    tc.lc.faults.storageDown = true;
    const started = await tc.data('county_1', 'ledger.export', {});
    expect(started).toMatchObject({ state: 'running', processed: 0, url: null });
    expect(await getDoc('exports', started.jobId)).toMatchObject({ failures: 1, processed: 0, partIds: [], fileID: null, leaseUntil: 0 });
    expect(exportFiles(tc)).toEqual([]);
    tc.lc.faults.storageDown = false;
    await expectOneWorkbook(await finish(started.jobId));
    expect(logged.mock.calls.map((c) => c[0])).toContain('[sheets] export step failed');
  });

  it('storage going down between the part and the workbook: the retry rewrites the same part and ends with one file', async () => {
    await clearExports();
    const put = FileStore.prototype.put;
    jest.spyOn(FileStore.prototype, 'put').mockImplementation(async function (this: FileStore, ...args: Parameters<FileStore['put']>) {
      const r = await put.apply(this, args);
      if (String(args[0]).endsWith('.json')) tc.lc.faults.storageDown = true; // down right after the part landed
      return r;
    });
    const started = await tc.data('county_1', 'ledger.export', {});
    expect(started).toMatchObject({ state: 'running', url: null });
    expect(workbooks(tc)).toEqual([]);
    expect(parts(tc)).toHaveLength(1);
    jest.mocked(FileStore.prototype.put).mockRestore();
    tc.lc.faults.storageDown = false;
    await expectOneWorkbook(await finish(started.jobId));
  });

  it('a crash between the workbook upload and the job record: the resumed job still leaves one file', async () => {
    await clearExports();
    // The database write that would record the finished job fails as if the process died before it.
    const commit = CollectionStore.prototype.commit;
    jest.spyOn(CollectionStore.prototype, 'commit').mockImplementation(function (this: CollectionStore, batch) {
      if (batch.some((m) => m.op === 'put' && m.coll === 'exports' && m.doc.state === 'done')) throw new Error('process died (injected)');
      return commit.call(this, batch);
    });
    const crashed = await tc.call('county_1', 'ledger.export', {});
    expect(crashed.ok).toBe(false);
    expect(workbooks(tc)).toHaveLength(1); // uploaded, but not recorded
    jest.mocked(CollectionStore.prototype.commit).mockRestore();
    const [job] = (await sdkDb().collection('exports').where({ openid: 'county_1', state: 'running' }).get()).data;
    expect(job).toMatchObject({ exhausted: false, fileID: null });
    // The lease (25 s) of the dead call runs out.
    await sdkDb().collection('exports').doc(job._id).update({ data: { leaseUntil: 0 } });
    await expectOneWorkbook(await finish(job._id));
  });

  it('cron-cleanup while storage is down removes no job; once back it removes the files and then the jobs', async () => {
    await clearExports();
    const done = await finish((await tc.data('county_1', 'ledger.export', {})).jobId);
    await sdkDb().collection('exports').doc(done.jobId).update({ data: { updatedAt: Date.now() - 30 * DAY } });
    tc.lc.faults.storageDown = true;
    await expect(Promise.resolve(tc.lc.invoke('cron-cleanup', {}))).rejects.toThrow();
    expect(await getDoc('exports', done.jobId)).toBeTruthy();
    expect(workbooks(tc)).toHaveLength(1);
    tc.lc.faults.storageDown = false;
    expect(await tc.lc.invoke('cron-cleanup', {})).toMatchObject({ done: true, removed: { exports: 1 }, filesDeleted: 1 });
    expect(await getDoc('exports', done.jobId)).toBeNull();
    expect(exportFiles(tc)).toEqual([]);
  });

  it('a check-in with photos while storage is down stores nothing; the retry is stored and counted once', async () => {
    const push = await publish(tc, 'county_1', { title: '存储故障学习' });
    const photo = await tc.lc.storage.put('uploads/m_0/test/a.png', png(), 'm_0', 'image/png');
    const payload = { pushId: push._id, text: text(1), clientKey: newKey(), photos: [photo] };
    const before = await dumpDatabase();
    tc.lc.faults.storageDown = true;
    expect(await tc.code('m_0', 'checkin.submit', payload)).toBe('SYSTEM.BUSY');
    expect(await dumpDatabase()).toEqual(before);
    tc.lc.faults.storageDown = false;
    expect(await tc.data('m_0', 'checkin.submit', payload)).toMatchObject({ created: true });
    expect(await tc.data('m_0', 'checkin.submit', payload)).toMatchObject({ created: false });
    expect((await getDoc('studyPushes', push._id)).counters.total).toBe(1);
    // An edit that adds no photo needs no storage: acknowledged and stored even while it is down
    // (the answer then lacks the photo links, which the page reloads).
    tc.lc.faults.storageDown = true;
    const edited = await tc.call('m_0', 'checkin.submit', { ...payload, text: text('改'), clientKey: newKey() });
    expect(edited).toMatchObject({ ok: true, data: { created: false } });
    tc.lc.faults.storageDown = false;
    const stored = (await sdkDb().collection('checkins').where({ pushId: push._id }).get()).data;
    expect(stored.map((c: any) => [c.text, c.photos])).toEqual([[text('改'), [photo]]]);
    expect((await getDoc('studyPushes', push._id)).counters.total).toBe(1);
  });

  /** Earlier tests' exports out of the way, so each counts only its own files. */
  async function clearExports() {
    const old = (await sdkDb().collection('exports').where({ openid: 'county_1' }).get()).data;
    await Promise.all(old.map((j: any) => sdkDb().collection('exports').doc(j._id).update({ data: { updatedAt: 0 } })));
    await tc.lc.invoke('cron-cleanup', {});
    expect(exportFiles(tc)).toEqual([]);
  }
});
