/**
 * Bulk import: villages and the ledger from .xlsx, a dry run with a row-by-row report,
 * then the import in steps (all of a batch or none), counters moved, and imported members claiming
 * their records from the join page instead of joining twice.
 */
import { ADMIN, grantRoles, listAll, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { importToEnd, ledgerRow, ledgerXlsx, uploadSheet, villagesXlsx } from './helpers/import';

jest.setTimeout(180_000);

describe('bulk import and claiming', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;
  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await grantRoles(tc, org, 'county_1', 'sec_a');
    await tc.data('m_1', 'member.join', { scene: org.sa, groupId: org.G1._id, ...profile(1) });
  });
  afterAll(() => tc?.dispose());

  it('imports villages: a dry run reports duplicates and existing villages, then writes the rest', async () => {
    const fileID = await uploadSheet(tc, ADMIN, await villagesXlsx([
      { 乡镇: '汤山镇', 村: '龙井村' }, // exists
      { 乡镇: '花桥镇', 村: '白沙村' },
      { 乡镇: '花桥镇', 村: '坪山村', 党小组名称: '坪山党小组' },
      { 乡镇: '花桥镇', 村: '白沙村' }, // twice in the file
      { 乡镇: '', 村: '无镇村' },
      { 乡镇: '本庄镇', 村: '本庄村' },
    ]));
    const report = await tc.data(ADMIN, 'import.check', { kind: 'groups', fileID });
    expect(report).toMatchObject({ state: 'checked', total: 6, valid: 2, imported: 0 });
    expect(report.issues.map((i: any) => i.row)).toEqual([2, 3, 5, 6]);
    expect(report.issues[0].message).toContain('已有网上党小组');
    expect(report.issues.find((i: any) => i.row === 3).message).toContain('第 5 行');
    expect(report.issues.find((i: any) => i.row === 6).message).toMatch(/^乡镇：/);
    expect((await tc.data(ADMIN, 'org.tree')).groups).toHaveLength(2); // nothing written by the dry run

    const done = await importToEnd(tc, ADMIN, report.jobId);
    expect(done).toMatchObject({ state: 'done', imported: 2, failedBatches: [], percent: 100 });
    const names = (await tc.data(ADMIN, 'org.tree')).groups.map((g: any) => g.name);
    expect(names).toEqual(expect.arrayContaining(['坪山党小组', '本庄村网上党小组']));
    // Running a finished job again writes nothing.
    expect((await tc.data(ADMIN, 'import.run', { jobId: report.jobId })).imported).toBe(2);
    expect((await tc.data(ADMIN, 'org.tree')).groups).toHaveLength(4);
  });

  let ledgerJob: string;
  it('checks a ledger row by row in Chinese: bad phones, unknown villages and branches, duplicates by phone', async () => {
    const rows = [
      ledgerRow(1),
      ledgerRow(2, { 联系电话: '1370000' }),
      ledgerRow(3, { 家乡党小组: '不存在村' }),
      ledgerRow(4, { 所在支部: '火星支部' }),
      ledgerRow(5, { 联系电话: '13800000001' }), // m_1's phone
      ledgerRow(6, { 联系电话: '13700000007' }),
      ledgerRow(7), // same phone as row 6's
      ledgerRow(8, { 联系电话: '137****0008' }),
      ledgerRow(9, { 出生日期: '1985/2/30', 性别: '未知' }),
      ledgerRow(10, { 家乡党小组: '坪山村', 所在支部: '宁波云支部', 联系状态: '失联', 失联日期: '2026/11/01', 标签: '人才、创业' }),
      ...Array.from({ length: 110 }, (_, k) => ledgerRow(11 + k)),
    ];
    const fileID = await uploadSheet(tc, 'county_1', await ledgerXlsx(rows));
    expect(await tc.code(ADMIN, 'import.check', { kind: 'members', fileID })).toBe('AUTH.FORBIDDEN'); // sysadmin: masked data only
    expect(await tc.code('sec_a', 'import.check', { kind: 'members', fileID })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('county_1', 'import.check', { kind: 'members', fileID: fileID.replace('county_1', 'm_1') })).toBe('IMPORT.FILE_INVALID');

    const report = await tc.data('county_1', 'import.check', { kind: 'members', fileID });
    ledgerJob = report.jobId;
    expect(report).toMatchObject({ total: 120, valid: 112, issueCount: 9, state: 'checked' });
    const byRow = (n: number) => report.issues.filter((i: any) => i.row === n + 2).map((i: any) => i.message).join(' | ');
    expect(byRow(2)).toMatch(/^联系电话：请输入 11 位手机号/);
    expect(byRow(3)).toContain('家乡党小组：找不到「不存在村」');
    expect(byRow(4)).toContain('所在支部：找不到「火星支部」');
    expect(byRow(5)).toContain('已有手机号相同的党员（党员001）');
    expect(byRow(6)).toContain('与第 9 行手机号相同');
    expect(byRow(7)).toContain('与第 8 行手机号相同');
    expect(byRow(8)).toContain('手机号已打码');
    expect(byRow(9)).toContain('出生日期：日期不存在（“1985/2/30”）');
    expect(byRow(9)).toContain('性别：应为“男”或“女”（“未知”）');
    expect(byRow(10)).toBe('');
    expect(await listAll(tc, 'county_1')).toHaveLength(1);
  });

  it('imports the valid rows in batches, moving the counters once, and only for its owner', async () => {
    expect(await tc.code('sec_a', 'import.run', { jobId: ledgerJob })).toBe('AUTH.FORBIDDEN');
    const before = await tc.data('county_1', 'org.tree');
    const done = await importToEnd(tc, 'county_1', ledgerJob);
    expect(done).toMatchObject({ state: 'done', imported: 112, failedBatches: [] });
    const all = await listAll(tc, 'county_1');
    expect(all).toHaveLength(113);
    const lost = all.find((m: any) => m.name === '导入0010');
    expect(lost).toMatchObject({ status: '失联', lostContactAt: '2026-11-01', tags: ['人才', '创业'], branchId: org.B._id });
    const after = await tc.data('county_1', 'org.tree');
    const a = (t: any, id: string) => t.branches.find((b: any) => b._id === id);
    expect(a(after, org.A._id).memberCount - a(before, org.A._id).memberCount).toBe(111);
    expect(a(after, org.B._id)).toMatchObject({ memberCount: 1, lostCount: 1 });
    expect(await tc.data('county_1', 'import.status', { jobId: ledgerJob })).toMatchObject({ state: 'done', imported: 112 });
  });

  it('lets an imported member claim his record instead of joining twice', async () => {
    const row = ledgerRow(11);
    const who = { name: row['姓名'] as string, phone: row['联系电话'] as string };
    const joinAnew = { scene: org.sa, groupId: org.G1._id, ...profile(11, who) };
    expect(await tc.code('w_11', 'member.join', joinAnew)).toBe('JOIN.CLAIM_REQUIRED');
    const elsewhere = await tc.call('w_11', 'member.join', { ...joinAnew, scene: org.sb });
    expect(!elsewhere.ok && elsewhere.error.message).toContain('杭州云支部');

    expect(await tc.data('w_11', 'join.match', { scene: org.sa, name: '别人', phone: who.phone })).toMatchObject({ candidate: null, elsewhere: null });
    expect(await tc.data('w_11', 'join.match', { scene: org.sb, ...who })).toMatchObject({ candidate: null, elsewhere: '杭州云支部' });
    const { candidate } = await tc.data('w_11', 'join.match', { scene: org.sa, ...who });
    expect(candidate).toMatchObject({ name: who.name, phone: '137****0011', groupName: '龙井村网上党小组' });

    expect(await tc.code('w_11', 'member.claim', { scene: org.sa, memberId: candidate.memberId, name: '别人', phone: who.phone })).toBe('JOIN.CLAIM_INVALID');
    const [first, second] = await Promise.all([
      tc.call('w_11', 'member.claim', { scene: org.sa, memberId: candidate.memberId, ...who }),
      tc.call('thief', 'member.claim', { scene: org.sa, memberId: candidate.memberId, ...who }),
    ]);
    const winner = first.ok ? 'w_11' : 'thief';
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    const loser = first.ok ? second : first;
    expect(!loser.ok && loser.error.code).toBe('JOIN.CLAIM_INVALID');
    const me = await tc.data(winner, 'member.me');
    expect(me.member).toMatchObject({ _id: candidate.memberId, openid: winner, name: who.name });
    expect(me.member.unclaimed).toBeUndefined();
    expect(await listAll(tc, 'county_1')).toHaveLength(113); // claimed, not duplicated
    const tree = await tc.data('county_1', 'org.tree');
    expect(tree.branches.find((b: any) => b._id === org.A._id).memberCount).toBe(112);
  });
});
