import { ledgerHeaders } from '../../src/domain/ledger/ledger-columns.rules';
import { checkLedgerRow, checkLedgerRows, normaliseDay, phoneDuplicates, readLedgerHeaders, type OrgLookup } from '../../src/domain/import/ledger-import.rules';
import { rowsUnderHeader } from '../../src/domain/import/sheet.rules';
import { checkVillageRows, villageKey } from '../../src/domain/import/village-import.rules';

const org: OrgLookup = {
  branches: [{ _id: 'A', name: '杭州云支部' }],
  groups: [
    { _id: 'G1', name: '龙井村网上党小组', township: '汤山镇', village: '龙井村' },
    { _id: 'G2', name: '新村网上党小组', township: '汤山镇', village: '新村' },
    { _id: 'G3', name: '新村党小组', township: '花桥镇', village: '新村' },
  ],
};
const cells = (over: Record<string, string> = {}) => ({ 姓名: '张三', 性别: '男', 联系电话: '13700000001', 家乡党小组: '龙井村', 所在支部: '杭州云支部', '流入地(城市)': '杭州', ...over });

describe('ledger import rules', () => {
  it('reads only columns the export writes', () => {
    expect(readLedgerHeaders().filter((h) => !ledgerHeaders().includes(h))).toEqual([]);
  });

  it('finds the header under the export\'s title row and keys rows by header', () => {
    const rows = [
      { row: 1, values: ['石阡县流动党员管理台账'] },
      { row: 2, values: ['序号', '姓名', '联系电话', '流入地（城市）'] },
      { row: 3, values: ['1', '张三', '13700000001', '杭州'] },
      { row: 4, values: ['', '', '', ''] },
    ];
    expect(rowsUnderHeader(rows, ['姓名', '联系电话', '流入地(城市)'])).toEqual({ rows: [{ row: 3, cells: { 序号: '1', 姓名: '张三', 联系电话: '13700000001', '流入地(城市)': '杭州' } }] });
    expect(rowsUnderHeader(rows, ['姓名', '家乡党小组'])).toEqual({ missing: ['家乡党小组'] });
  });

  it('turns a valid row into a record placed by names', () => {
    const r = checkLedgerRow({ row: 5, cells: cells({ 出生日期: '1980/1/2', 联系状态: '失联', 失联日期: '2026.11.1', 标签: '人才，创业' }) }, org);
    expect(r).toEqual({ member: expect.objectContaining({ name: '张三', birthDate: '1980-01-02', branchId: 'A', groupId: 'G1', status: '失联', lostContactAt: '2026-11-01', tags: ['人才', '创业'] }) });
  });

  it('reports every problem of a row in Chinese, naming the column', () => {
    const r = checkLedgerRow({ row: 7, cells: cells({ 姓名: '', 联系电话: '12345', 家乡党小组: '新村', 所在支部: '无此支部', 联系状态: '不明' }) }, org);
    expect('issues' in r && r.issues.map((i) => i.message)).toEqual([
      '联系电话：请输入 11 位手机号（“12345”）',
      '姓名：不能为空',
      '家乡党小组：「新村」对应2个网上党小组，请写明乡镇和村',
      '所在支部：找不到「无此支部」，请先新建该支部',
      '联系状态：应为“正常”或“失联”（“不明”）',
    ]);
    expect('issues' in r && r.issues.every((i) => i.row === 7)).toBe(true);
  });

  it('refuses every row of a repeated phone and phones already on record', () => {
    const issues = phoneDuplicates([{ row: 3, phone: 'p1' }, { row: 4, phone: 'p2' }, { row: 9, phone: 'p1' }], new Map([['p2', '李四']]));
    expect(issues.map((i) => [i.row, i.message])).toEqual([
      [3, '联系电话：与第 9 行手机号相同，请核对后只保留一行'],
      [4, '联系电话：已有手机号相同的党员（李四），不重复导入'],
      [9, '联系电话：与第 3 行手机号相同，请核对后只保留一行'],
    ]);
    const checked = checkLedgerRows([{ row: 3, cells: cells() }, { row: 4, cells: cells({ 联系电话: '13700000002' }) }], org, new Map());
    expect(checked.valid.map((v) => v.row)).toEqual([3, 4]);
  });

  it('normalises days typed as text', () => {
    expect(normaliseDay('2026年3月5日')).toBe('2026-03-05');
    expect(normaliseDay('2026-3-5')).toBe('2026-03-05');
    expect(normaliseDay('三月')).toBe('三月');
  });
});

describe('village import rules', () => {
  it('names the group after its village unless given, refusing existing and repeated villages', () => {
    const rows = [
      { row: 2, cells: { 乡镇: '花桥镇', 村: '白沙村', 党小组名称: '' } },
      { row: 3, cells: { 乡镇: '花桥镇', 村: '坪山村', 党小组名称: '坪山党小组' } },
      { row: 4, cells: { 乡镇: '汤山镇', 村: '龙井村', 党小组名称: '' } },
      { row: 5, cells: { 乡镇: '花桥镇', 村: '白沙村', 党小组名称: '' } },
    ];
    const r = checkVillageRows(rows, new Set([villageKey('汤山镇', '龙井村')]));
    expect(r.valid).toEqual([{ row: 3, group: { township: '花桥镇', village: '坪山村', name: '坪山党小组' } }]);
    expect(r.issues.map((i) => [i.row, i.message])).toEqual([
      [4, '汤山镇龙井村已有网上党小组，无需导入'],
      [2, '与第 5 行是同一个村，请只保留一行'],
      [5, '与第 2 行是同一个村，请只保留一行'],
    ]);
  });
});
