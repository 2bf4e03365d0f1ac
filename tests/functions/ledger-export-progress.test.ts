import { ADMIN, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { col, exportFiles, exportToEnd, readLedger } from './helpers/ledger-export';
import { sdkDb } from './helpers/study';
import { addAll } from '../../bench/bench-cloud';

jest.setTimeout(120_000);
// One page (1,000 rows) per step instead of up to 20,000, so 2,500 members take three steps.
process.env.LEDGER_EXPORT_STEP_ROWS = '1000';

const N = 2500;
const pad = (i: number) => String(i).padStart(5, '0');

/** A multi-step export: progress between steps, one worker per job, revoked rights, failing storage. */
describe('ledger.export in steps', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;

  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_2', role: 'county' });
    const members = Array.from({ length: N }, (_, i) => ({
      _id: `mem${pad(i)}`, openid: `o_${i}`, name: `成员${pad(i)}`, gender: i % 2 ? '男' : '女', phone: `139${String(i).padStart(8, '0')}`,
      city: '杭州', branchId: org.A._id, groupId: org.G1._id, status: '正常', lostContactAt: null, tags: [], joinedAt: i, updatedAt: i,
    }));
    await addAll(sdkDb(), 'members', members);
  });
  afterAll(() => tc?.dispose());

  const job = async (id: string) => (await sdkDb().collection('exports').doc(id).get()).data;

  it('advances one step per call, reports progress, and ends with every row once', async () => {
    const t0 = Date.now();
    const first = await tc.data('county_1', 'ledger.export', {});
    const firstMs = Date.now() - t0;
    expect(first).toMatchObject({ state: 'running', total: N, processed: 1000, percent: 38, url: null, busy: false });
    expect(firstMs).toBeLessThan(10_000);
    expect(await tc.data('county_1', 'ledger.exportStatus', { jobId: first.jobId })).toMatchObject({ state: 'running', processed: 1000, percent: 38, busy: false });
    expect(exportFiles(tc)).toEqual([`exports/county_1/${first.jobId}/part-00001.json`]);

    const second = await tc.data('county_1', 'ledger.export', { jobId: first.jobId });
    expect(second).toMatchObject({ state: 'running', processed: 2000, percent: 76 });
    let third = await tc.data('county_1', 'ledger.export', { jobId: first.jobId });
    // The step is sized from the function's real time limit: under a short one (3 s, nothing set)
    // on a loaded machine the assembly may not fit after the last rows and gets a step of its own.
    if (third.state === 'running') {
      expect(third).toMatchObject({ processed: N });
      third = await tc.data('county_1', 'ledger.export', { jobId: first.jobId });
    }
    expect(third).toMatchObject({ state: 'done', processed: N, percent: 100 });
    expect(exportFiles(tc)).toEqual([expect.stringMatching(/^exports\/county_1\/[\d-]+-[0-9a-f]{32}\.xlsx$/)]);

    const x = await readLedger(third.url);
    expect(x.rows).toHaveLength(N);
    expect(x.rows.map((r) => r[col('序号')])).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(x.rows.map((r) => r[col('姓名')])).toEqual(Array.from({ length: N }, (_, i) => `成员${pad(N - 1 - i)}`));
    expect(x.title).toContain(`共 ${N} 人`);
  });

  it('a second poll while a step holds the job only reports progress', async () => {
    const started = await tc.data('county_2', 'ledger.export', {});
    await sdkDb().collection('exports').doc(started.jobId).update({ data: { leaseUntil: Date.now() + 60_000 } });
    const db = await dumpDatabase();
    const files = exportFiles(tc);
    expect(await tc.data('county_2', 'ledger.export', { jobId: started.jobId })).toMatchObject({ state: 'running', processed: 1000, busy: true });
    expect(await tc.data('county_2', 'ledger.exportStatus', { jobId: started.jobId })).toMatchObject({ processed: 1000, busy: true });
    expect(await dumpDatabase()).toEqual(db);
    expect(exportFiles(tc)).toEqual(files);
    // Once the lease lapses (a crashed step), the next poll takes over.
    await sdkDb().collection('exports').doc(started.jobId).update({ data: { leaseUntil: Date.now() - 1 } });
    expect(await tc.data('county_2', 'ledger.export', { jobId: started.jobId })).toMatchObject({ processed: 2000, busy: false });
  });

  it('stops, with nothing written, when the caller lost the right mid-export', async () => {
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_x', role: 'secretary', branchId: org.A._id });
    const started = await tc.data('sec_x', 'ledger.export', { branchId: org.A._id });
    expect(started.state).toBe('running');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_x', role: 'secretary', branchId: org.A._id, revoke: true });
    const db = await dumpDatabase();
    const files = exportFiles(tc);
    expect(await tc.code('sec_x', 'ledger.export', { jobId: started.jobId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_x', 'ledger.exportStatus', { jobId: started.jobId })).toBe('AUTH.FORBIDDEN');
    expect(await dumpDatabase()).toEqual(db);
    expect(exportFiles(tc)).toEqual(files);
  });

  it('a failed step keeps the job resumable; three in a row fail it for good', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const started = await tc.data('county_1', 'ledger.export', { city: '杭州' });
    tc.lc.faults.storageDown = true;
    try {
      const failedOnce = await tc.data('county_1', 'ledger.export', { jobId: started.jobId });
      expect(failedOnce).toMatchObject({ state: 'running', processed: 1000, busy: false });
      expect(await job(started.jobId)).toMatchObject({ failures: 1, leaseUntil: 0, processed: 1000 });
    } finally {
      tc.lc.faults.storageDown = false;
    }
    const resumed = await tc.data('county_1', 'ledger.export', { jobId: started.jobId });
    expect(resumed).toMatchObject({ state: 'running', processed: 2000 });
    expect(await job(started.jobId)).toMatchObject({ failures: 0 });

    tc.lc.faults.storageDown = true;
    try {
      await tc.data('county_1', 'ledger.export', { jobId: started.jobId });
      await tc.data('county_1', 'ledger.export', { jobId: started.jobId });
      const failed = await tc.data('county_1', 'ledger.export', { jobId: started.jobId });
      expect(failed).toMatchObject({ state: 'failed', error: '导出失败，请重新导出', url: null });
    } finally {
      tc.lc.faults.storageDown = false;
    }
    // A failed job is final: polling it does no more work; a new export starts afresh.
    const files = exportFiles(tc);
    expect(await tc.data('county_1', 'ledger.export', { jobId: started.jobId })).toMatchObject({ state: 'failed', processed: 2000 });
    expect(exportFiles(tc)).toEqual(files);
    expect(logged.mock.calls.map((c) => c[0])).toContain('[sheets] export step failed');
    logged.mockRestore();
  });

  it('exportToEnd drives any job to its file', async () => {
    const { steps, last } = await exportToEnd(tc, 'county_2', { q: '成员0000' });
    expect(steps).toHaveLength(1);
    expect((await readLedger(last.url)).rows.map((r) => r[col('姓名')])).toEqual(Array.from({ length: 10 }, (_, i) => `成员0000${9 - i}`));
  });
});
