import { ADMIN, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { col, exportFiles, readLedger } from './helpers/ledger-export';

jest.setTimeout(60_000);


/**
 * Who can reach a finished 台账 file: its cloud path must not be guessable (the deployed storage rule
 * lets any signed-in user read a fileID he can name), and its link goes only to an owner who still
 * holds the rights the file was written under (it holds unmasked rows of the units he managed then).
 */
describe('ledger.export: who can reach the file', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;

  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_ab', role: 'secretary', branchId: org.A._id });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_ab', role: 'secretary', branchId: org.B._id });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'boss', role: 'county' });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'boss', role: 'sysadmin' });
    await joinMembers(tc, org.sa, org.G1._id, 1, 3);
    await joinMembers(tc, org.sb, org.G2._id, 4, 2);
  });
  afterAll(() => tc?.dispose());

  it('stores the workbook under a path nobody can derive from the owner and the time', async () => {
    const res = await tc.data('county_1', 'ledger.export', {});
    expect(res.state).toBe('done');
    const [path] = exportFiles(tc).filter((p) => p.startsWith('exports/county_1/'));
    expect(path).toBeDefined();
    // 128 random bits in the name: a guessed fileID finds nothing.
    expect(path).toMatch(/^exports\/county_1\/\d{8}-\d{6}-\d{3}-[0-9a-f]{32}\.xlsx$/);
    expect((await readLedger(res.url)).rows).toHaveLength(5);
  });

  it('a secretary who lost one of his branches no longer gets the file holding its members', async () => {
    const done = await tc.data('sec_ab', 'ledger.export', {});
    expect(done).toMatchObject({ state: 'done', processed: 5 });
    const rows = (await readLedger(done.url)).rows;
    expect(rows.map((r) => r[col('所在支部')])).toEqual(expect.arrayContaining(['杭州云支部', '宁波云支部']));

    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_ab', role: 'secretary', branchId: org.A._id, revoke: true });
    const db = await dumpDatabase();
    const files = exportFiles(tc);
    expect(await tc.code('sec_ab', 'ledger.exportStatus', { jobId: done.jobId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_ab', 'ledger.export', { jobId: done.jobId })).toBe('AUTH.FORBIDDEN');
    expect(await dumpDatabase()).toEqual(db);
    expect(exportFiles(tc)).toEqual(files);
    // What he still manages he exports again, and gets only that.
    const again = await tc.data('sec_ab', 'ledger.export', {});
    expect((await readLedger(again.url)).rows.map((r) => r[col('所在支部')])).toEqual(['宁波云支部', '宁波云支部']);
  });

  it('a 组织部 user demoted to sysadmin no longer gets the unmasked file', async () => {
    const done = await tc.data('boss', 'ledger.export', {});
    const rows = (await readLedger(done.url)).rows;
    expect(rows.map((r) => r[col('联系电话')])).toContain('13800000001');

    await tc.data(ADMIN, 'org.grantRole', { openid: 'boss', role: 'county', revoke: true });
    expect(await tc.code('boss', 'ledger.exportStatus', { jobId: done.jobId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('boss', 'ledger.export', { jobId: done.jobId })).toBe('AUTH.FORBIDDEN');
    // A new export as sysadmin is masked.
    const masked = await tc.data('boss', 'ledger.export', {});
    expect((await readLedger(masked.url)).rows.map((r) => r[col('联系电话')])).toContain('138****0001');
  });

  it('the owner with unchanged rights still reads his finished job', async () => {
    const done = await tc.data('county_1', 'ledger.export', { branchId: org.B._id });
    expect(await tc.data('county_1', 'ledger.exportStatus', { jobId: done.jobId })).toMatchObject({ state: 'done', processed: 2 });
  });
});
