import { ADMIN, grantRoles, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { col, exportFiles, readLedger } from './helpers/ledger-export';
import { sdkDb } from './helpers/study';
import { ledgerColumns, ledgerHeaders } from '../../src/domain/ledger/ledger-columns.rules';
import { minuteOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(120_000);


/**
 * ledger.export: the 流动党员管理台账 read back from the stored .xlsx — headers, rows, masking per
 * caller exactly as member.list, filters, scope refusals that change nothing, job ownership.
 */
describe('ledger.export', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await grantRoles(tc, org, 'county_1', 'sec_a', 'cadre_2');
    // 6 in branch A (m_1..m_6, groups alternate G1/G2), 4 in branch B (m_7..m_10, all G2).
    for (let i = 1; i <= 10; i++) {
      const inA = i <= 6;
      const extra =
        i === 1
          ? { birthDate: '1985-03-02', partyJoinDate: '2008-07-01', originalOrg: '汤山镇龙井村党支部', industry: '制造业', outflowDate: '2019-02-10', activityCardNo: 'HZ-2020-0001', activityCardExpiry: '2099-12-31' }
          : {};
      const r = await tc.data(`m_${i}`, 'member.join', { scene: inA ? org.sa : org.sb, groupId: i % 2 && inA ? org.G1._id : org.G2._id, ...profile(i), ...extra });
      ids[`m_${i}`] = r.member._id;
    }
    await tc.data('county_1', 'member.update', { memberId: ids.m_2, changes: { status: '失联', lostContactAt: '2026-03-01', tags: ['困难党员', '人才'] } });
    // The pairing area keeps one document per paired member (_id = memberId); its collection may not be declared yet.
    await sdkDb().createCollection('pairings').catch(() => undefined);
    await sdkDb().collection('pairings').add({ data: { _id: ids.m_1, memberId: ids.m_1, cadreOpenid: 'cadre_x', cadreName: '王干部', branchId: org.A._id, groupId: org.G1._id, since: 0, lastContactAt: null, lastContactDay: null } });
  });
  afterAll(() => tc?.dispose());

  it('exports the county for the 组织部 in one call: title, frozen header, filters, widths, every member unmasked', async () => {
    const before = Date.now();
    const res = await tc.data('county_1', 'ledger.export', {});
    expect(res).toMatchObject({ state: 'done', total: 10, processed: 10, percent: 100, busy: false, error: null });
    expect(res.fileName).toMatch(/^石阡县流动党员管理台账-\d{8}-\d{4}\.xlsx$/);
    // The weapp downloads by fileID (no download domain to whitelist); it names the caller's own export.
    expect(res.fileID).toMatch(/^cloud:\/\/[^/]+\/exports\/county_1\/\d{8}-\d{6}-\d{3}-[0-9a-f]{32}\.xlsx$/);
    const x = await readLedger(res.url);

    expect(x.title).toContain('石阡县流动党员管理台账');
    expect(x.title).toContain('范围：全县');
    expect(x.title).toContain(`导出时间：${minuteOf(res.createdAt)}`);
    expect(res.createdAt).toBeGreaterThanOrEqual(before - 1000);
    expect(x.title).toContain('共 10 人');
    expect(x.headers).toEqual(ledgerHeaders());
    expect(x.headers).toEqual(expect.arrayContaining(['序号', '姓名', '联系电话', '活动证编号', '家乡党小组', '所在支部', '流入地(城市)', '联系状态', '失联日期', '结对干部', '备注']));
    expect(x.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(x.autoFilter).toBeTruthy();
    expect(x.widths).toEqual(ledgerColumns.map((c) => c.width));

    // Newest first, as the ledger page lists them; 序号 runs 1..n.
    expect(x.rows.map((r) => r[col('序号')])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(x.rows.map((r) => r[col('姓名')])).toEqual(Array.from({ length: 10 }, (_, k) => profile(10 - k).name));
    const first = x.rows.find((r) => r[col('姓名')] === profile(1).name)!;
    expect(first).toEqual(
      ledgerHeaders().map((h) =>
        ({
          序号: 10, 姓名: '党员001', 性别: '男', 出生日期: '1985-03-02', 入党时间: '2008-07-01', 联系电话: '13800000001', 原党组织: '汤山镇龙井村党支部',
          家乡党小组: org.G1.name, 所在支部: '杭州云支部', 流出日期: '2019-02-10', '流入地(城市)': '杭州', 工作单位: '电子厂', 从事行业: '制造业',
          活动证编号: 'HZ-2020-0001', 活动证有效期: '2099-12-31', 联系状态: '正常', 失联日期: '', 标签: '', 结对干部: '王干部', 备注: '',
        })[h],
      ),
    );
    const lost = x.rows.find((r) => r[col('姓名')] === profile(2).name)!;
    expect([lost[col('联系状态')], lost[col('失联日期')], lost[col('标签')], lost[col('备注')]]).toEqual(['失联', '2026-03-01', '困难党员、人才', '未办活动证']);
    expect(x.rows.find((r) => r[col('姓名')] === profile(9).name)![col('所在支部')]).toBe('宁波云支部');

    // Stored under the caller's own folder; the scratch parts are gone.
    expect(exportFiles(tc).filter((p) => p.startsWith('exports/county_1/'))).toEqual([expect.stringMatching(/^exports\/county_1\/\d{8}-\d{6}-\d{3}-[0-9a-f]{32}\.xlsx$/)]);
  });

  it('masks phone and card numbers for sysadmin, exactly as member.list shows them to him', async () => {
    const res = await tc.data(ADMIN, 'ledger.export', { branchId: org.A._id });
    const x = await readLedger(res.url);
    const list = (await tc.data(ADMIN, 'member.list', { branchId: org.A._id, limit: 100 })).items;
    expect(x.rows.map((r) => [r[col('姓名')], r[col('联系电话')], r[col('活动证编号')]])).toEqual(list.map((m: any) => [m.name, m.phone, m.activityCardNo ?? '']));
    const first = x.rows.find((r) => r[col('姓名')] === profile(1).name)!;
    expect(first[col('联系电话')]).toBe('138****0001');
    expect(first[col('活动证编号')]).toBe('HZ********01');
    expect(x.title).toContain('支部：杭州云支部');
  });

  it('keeps a secretary and a cadre inside their scope, unmasked, with the ledger filters', async () => {
    const secJob = await tc.data('sec_a', 'ledger.export', {});
    expect(secJob).toMatchObject({ total: 6, processed: 6 });
    const sec = await readLedger(secJob.url);
    expect(sec.rows.map((r) => r[col('所在支部')])).toEqual(Array(6).fill('杭州云支部'));
    expect(sec.rows.map((r) => r[col('联系电话')])).toEqual([6, 5, 4, 3, 2, 1].map((i) => profile(i).phone));
    expect(sec.title).toContain('管理范围：杭州云支部');

    const lost = await readLedger((await tc.data('sec_a', 'ledger.export', { status: '失联' })).url);
    expect(lost.rows.map((r) => r[col('姓名')])).toEqual([profile(2).name]);
    expect(lost.title).toContain('联系状态：失联');

    // The cadre of G2 (虎跑村) sees his village's members in both branches.
    const cadre = await tc.data('cadre_2', 'ledger.export', { q: '顺丰' });
    const village = await readLedger(cadre.url);
    const listed = (await tc.data('cadre_2', 'member.list', { q: '顺丰', limit: 100 })).items;
    expect(village.rows.map((r) => [r[col('姓名')], r[col('联系电话')]])).toEqual(listed.map((m: any) => [m.name, m.phone]));
    expect(village.rows.length).toBeGreaterThan(0);
    expect(cadre).toMatchObject({ total: village.rows.length, processed: village.rows.length });
    expect(village.rows.every((r) => r[col('家乡党小组')] === org.G2.name && r[col('工作单位')] === '顺丰物流')).toBe(true);
  });

  describe('refusals change nothing, store nothing', () => {
    let db: Record<string, unknown[]>;
    let files: string[];
    let countyJob: string;
    beforeAll(async () => {
      countyJob = (await tc.data('county_1', 'ledger.export', { city: '宁波' })).jobId;
      db = await dumpDatabase();
      files = exportFiles(tc);
    });
    afterEach(async () => {
      expect(await dumpDatabase()).toEqual(db);
      expect(exportFiles(tc)).toEqual(files);
    });

    it('an export over the caller scope → AUTH.FORBIDDEN', async () => {
      expect(await tc.code('sec_a', 'ledger.export', { branchId: org.B._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_2', 'ledger.export', { groupId: org.G1._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_1', 'ledger.export', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('stranger', 'ledger.export', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(null, 'ledger.export', {})).toBe('AUTH.REQUIRED');
    });

    it('nobody else continues or reads a job', async () => {
      expect(await tc.code('sec_a', 'ledger.export', { jobId: countyJob })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'ledger.exportStatus', { jobId: countyJob })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(ADMIN, 'ledger.exportStatus', { jobId: countyJob })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'ledger.exportStatus', { jobId: 'nope' })).toBe('LEDGER.EXPORT_NOT_FOUND');
      expect(await tc.code('county_1', 'ledger.export', { jobId: 'nope' })).toBe('LEDGER.EXPORT_NOT_FOUND');
    });

    it('bad input → INPUT.INVALID with the field', async () => {
      const bad = async (payload: unknown, path: string) => {
        const r = await tc.call('county_1', 'ledger.export', payload);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error.code).toBe('INPUT.INVALID');
        expect(r.error.fields?.map((f) => f.path)).toContain(path);
      };
      await bad({ jobId: countyJob, city: '杭州' }, 'jobId');
      await bad({ status: '离开' }, 'status');
      await bad({ cursor: 'x' }, '(payload)');
      await bad({ limit: 10 }, '(payload)');
      await bad({ jobId: '../x' }, 'jobId');
      await bad({ q: 'x'.repeat(40) }, 'q');
      const r = await tc.call('county_1', 'ledger.exportStatus', {});
      expect(r.ok ? null : r.error.code).toBe('INPUT.INVALID');
    });
  });

  it('a finished job answers its state and a fresh link to its owner', async () => {
    const done = await tc.data('county_1', 'ledger.export', { tag: '人才' });
    const again = await tc.data('county_1', 'ledger.exportStatus', { jobId: done.jobId });
    expect(again).toMatchObject({ jobId: done.jobId, state: 'done', processed: 1, total: 1, percent: 100, busy: false });
    expect((await readLedger(again.url)).rows.map((r) => r[col('姓名')])).toEqual([profile(2).name]);
    // Continuing a finished job does no more work.
    const files = exportFiles(tc);
    expect(await tc.data('county_1', 'ledger.export', { jobId: done.jobId })).toMatchObject({ state: 'done', processed: 1 });
    expect(exportFiles(tc)).toEqual(files);
  });

  it('an empty selection still gives a file with its title and header', async () => {
    const res = await tc.data('county_1', 'ledger.export', { city: '北京' });
    expect(res).toMatchObject({ state: 'done', total: 0, processed: 0 });
    const x = await readLedger(res.url);
    expect(x.headers).toEqual(ledgerHeaders());
    expect(x.rows).toEqual([]);
    expect(x.title).toContain('城市：北京');
  });
});
