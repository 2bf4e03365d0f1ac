import { afterFailure, exportAccessKey, mayAssemble, mayReadMore, MAX_FAILURES, partName, percentOf, STEP_BUDGET_MS } from '../../src/domain/ledger/export-job.rules';
import { ledgerColumns, ledgerHeaders, ledgerRow, remarkOf, type LedgerSource } from '../../src/domain/ledger/ledger-columns.rules';
import { ledgerExportInputSchema, ledgerExportStatusInputSchema } from '../../src/domain/ledger/ledger.schema';
import { exportFileName, exportFilePath, ledgerTitle, scopeLabel } from '../../src/domain/ledger/ledger-title.rules';
import { atShanghai } from '../../src/domain/shared/day.rules';

const now = atShanghai('2026-12-02', '09:30');
const member: LedgerSource['member'] = { name: '王小明', gender: '男', phone: '138****0001', city: '杭州', status: '正常', tags: ['人才', '创业'] };
const names = { branch: (id: string) => ({ bA: '杭州云支部', bB: '宁波云支部' })[id] ?? null, group: (id: string) => ({ g1: '汤山镇龙井村党小组' })[id] ?? null };

describe('ledger columns', () => {
  it('maps a record to one cell per header, in order, with empty cells for missing fields', () => {
    const row = ledgerRow({ member: { ...member, activityCardNo: 'HZ********01', activityCardExpiry: '2099-01-01' }, branchName: '杭州云支部', groupName: '龙井村', cadreName: '李干部' }, 7, now);
    expect(row).toHaveLength(ledgerHeaders().length);
    const byHeader = Object.fromEntries(ledgerHeaders().map((h, i) => [h, row[i]]));
    expect(byHeader).toMatchObject({ 序号: 7, 姓名: '王小明', 联系电话: '138****0001', 出生日期: '', 所在支部: '杭州云支部', 家乡党小组: '龙井村', 标签: '人才、创业', 结对干部: '李干部', 失联日期: '', 备注: '' });
  });

  it('shows the 失联 date only for a member who is 失联', () => {
    const at = (status: '正常' | '失联') => ledgerRow({ member: { ...member, status, lostContactAt: '2026-05-01' }, branchName: null, groupName: null, cadreName: null }, 1, now)[ledgerHeaders().indexOf('失联日期')];
    expect(at('失联')).toBe('2026-05-01');
    expect(at('正常')).toBe('');
  });

  it('flags expired, soon-expiring and missing activity cards in 备注 (Shanghai days, explicit now)', () => {
    const card = (activityCardExpiry?: string) => remarkOf({ ...member, activityCardNo: 'X-1234', activityCardExpiry }, now);
    expect(card('2026-12-01')).toBe('活动证已过期');
    expect(card('2026-12-02')).toBe('活动证今天到期');
    expect(card('2027-01-01')).toBe('活动证30天后到期');
    expect(card('2027-01-02')).toBe('');
    expect(card(undefined)).toBe('');
    expect(remarkOf(member, now)).toBe('未办活动证');
  });

  it('has a width for every column and unique headers', () => {
    expect(new Set(ledgerHeaders()).size).toBe(ledgerColumns.length);
    expect(ledgerColumns.every((c) => c.width >= 6 && c.width <= 30)).toBe(true);
  });
});

describe('ledger title and file', () => {
  it('describes the county-wide scope and the filters', () => {
    expect(scopeLabel({}, { unrestricted: true }, names)).toBe('全县');
    expect(scopeLabel({ city: '杭州', status: '失联', tag: '人才', q: '物流' }, { unrestricted: true }, names)).toBe('全县；城市：杭州；联系状态：失联；标签：人才；关键词：物流');
    expect(scopeLabel({ branchId: 'bA' }, { unrestricted: true }, names)).toBe('支部：杭州云支部');
  });

  it('names the units that bound a restricted caller', () => {
    expect(scopeLabel({}, { unrestricted: false, branchIds: ['bA'], groupIds: ['g1'] }, names)).toBe('管理范围：杭州云支部、汤山镇龙井村党小组');
    expect(scopeLabel({ groupId: 'g1' }, { unrestricted: false, branchIds: ['bB'], groupIds: [] }, names)).toBe('党小组：汤山镇龙井村党小组；管理范围：宁波云支部');
  });

  it('stamps the export time in Shanghai, also across the UTC date line', () => {
    const lateUtc = Date.UTC(2026, 11, 1, 16, 30, 5, 7); // 2026-12-02 00:30:05.007 in Shanghai
    expect(ledgerTitle('石阡县', '全县', lateUtc, 12)).toBe('石阡县流动党员管理台账　范围：全县　导出时间：2026-12-02 00:30（北京时间）　共 12 人');
    expect(exportFilePath('o_1', lateUtc, 'ab12')).toBe('exports/o_1/20261202-003005-007-ab12.xlsx');
    expect(exportFileName('石阡县', lateUtc)).toBe('石阡县流动党员管理台账-20261202-0030.xlsx');
  });
});

describe('export job', () => {
  it('keeps the last 5 % for assembling the file', () => {
    expect(percentOf({ state: 'running', total: 0, processed: 0 })).toBe(0);
    expect(percentOf({ state: 'running', total: 2500, processed: 1000 })).toBe(38);
    expect(percentOf({ state: 'running', total: 2500, processed: 2500 })).toBe(95);
    expect(percentOf({ state: 'running', total: 10, processed: 12 })).toBe(95);
    expect(percentOf({ state: 'done', total: 10, processed: 10 })).toBe(100);
  });

  it('reads another page only within the time budget and the rows per step', () => {
    expect(mayReadMore(0, STEP_BUDGET_MS - 1, 0)).toBe(true);
    expect(mayReadMore(0, STEP_BUDGET_MS, 0)).toBe(false);
    expect(mayReadMore(0, 10, 19_000)).toBe(true);
    expect(mayReadMore(0, 10, 19_001)).toBe(false);
    expect(mayReadMore(0, 10, 1000, 1000)).toBe(false);
  });

  it('assembles in the reading step only when the estimated assembly fits, always in a step of its own', () => {
    expect(mayAssemble(0, 100, 3700, 3700)).toBe(true);
    expect(mayAssemble(0, STEP_BUDGET_MS - 100, 3700, 3700)).toBe(false);
    expect(mayAssemble(0, 100, 1000, 100_000)).toBe(false);
    expect(mayAssemble(0, 100, 0, 100_000)).toBe(true);
  });

  it('fails a job only after MAX_FAILURES steps in a row', () => {
    expect(afterFailure({ failures: 0 }, 'x')).toEqual({ failures: 1, state: 'running', error: null });
    expect(afterFailure({ failures: MAX_FAILURES - 1 }, 'x')).toEqual({ failures: MAX_FAILURES, state: 'failed', error: 'x' });
    expect(partName(12)).toBe('part-00012.json');
  });

  it('keys the rights a job is written under: order-free, inflow grants ignored, any change of ledger roles differs', () => {
    const key = (grants: unknown[]) => exportAccessKey({ grants: grants as never });
    const ab = key([{ role: 'secretary', branchId: 'bA' }, { role: 'secretary', branchId: 'bB' }]);
    expect(key([{ role: 'secretary', branchId: 'bB' }, { role: 'inflow', agreementId: 'x' }, { role: 'secretary', branchId: 'bA' }])).toBe(ab);
    expect(key([{ role: 'secretary', branchId: 'bB' }])).not.toBe(ab);
    expect(key([{ role: 'county' }, { role: 'sysadmin' }])).not.toBe(key([{ role: 'sysadmin' }]));
    expect(key([{ role: 'cadre', groupId: 'g1' }])).not.toBe(key([{ role: 'cadre', groupId: 'g2' }]));
    expect(key([])).toBe('');
  });
});

describe('ledger export input', () => {
  it('takes the ledger filters to start, or a job id alone to continue', () => {
    expect(ledgerExportInputSchema.safeParse({ city: '杭州', status: '失联' }).success).toBe(true);
    expect(ledgerExportInputSchema.safeParse({ jobId: 'abc123' }).success).toBe(true);
    expect(ledgerExportInputSchema.safeParse({ jobId: 'abc123', city: '杭州' }).success).toBe(false);
    expect(ledgerExportInputSchema.safeParse({ cursor: 'x' }).success).toBe(false);
    expect(ledgerExportInputSchema.safeParse({ limit: 5 }).success).toBe(false);
    expect(ledgerExportStatusInputSchema.safeParse({ jobId: 'a/b' }).success).toBe(false);
  });
});
