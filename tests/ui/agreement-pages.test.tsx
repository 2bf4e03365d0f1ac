/** The co-management pages: the county's agreements, one agreement's members, the inflow side's view and home. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import AgreementsPage from '@/admin/agreements/index';
import AgreementPage from '@/admin/agreement/index';
import HomePage from '@/pages/home/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';
import { tree } from './helpers/org-fixtures';

const countyClerk = { openid: 'k1', name: '组织部', grants: [{ role: 'county' }], member: null, branch: null, group: null, county: tree.county };
const inflowOrganiser = { openid: 'i1', name: '西湖联络员', grants: [{ role: 'inflow', agreementId: 'a1' }], member: null, branch: null, group: null, county: tree.county };
const agreement = { _id: 'a1', name: '西湖区党建联盟', region: '杭州市西湖区', kind: '党建联盟', fields: ['city', 'employer', 'contacts'], note: null, active: true, createdAt: 1, updatedAt: 1, createdBy: 'k1', memberCount: 1 };
const covered = { _id: 'm1', name: '刘芳', gender: '女', branchId: 'bA', groupId: 'g1', city: '杭州', employer: '电子厂', phone: '138****0001', masked: true, coManagedBy: { agreementId: 'a1', orgName: '西湖区党建联盟' } };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree);
});

it('lets the county create an agreement through the shared schema and opens it', async () => {
  cloud.on('member.me', () => countyClerk).on('agreement.list', () => ({ items: [{ ...agreement, active: false }] })).on('agreement.create', (p) => ({ ...agreement, ...p, _id: 'a2', memberCount: 0 }));
  render(<AgreementsPage />);
  expect(await screen.findByText('西湖区党建联盟')).toBeTruthy();
  expect(screen.getByText('已终止')).toBeTruthy();
  expect(screen.getByText('杭州市西湖区 · 党建联盟 · 现居住城市、工作单位、联系记录与活动参与')).toBeTruthy();
  fireEvent.click(screen.getByText('创建协议'));
  expect((await screen.findAllByText('不能为空')).length).toBe(2);
  expect(cloud.calls.some((c) => c.action === 'agreement.create')).toBe(false);
  fireEvent.change(screen.getByPlaceholderText('如：西湖区流动党员党建联盟'), { target: { value: '宁波市流动党员服务中心' } });
  fireEvent.change(screen.getByPlaceholderText('如：浙江省杭州市西湖区'), { target: { value: '浙江省宁波市' } });
  fireEvent.click(screen.getByText('市际协作'));
  fireEvent.click(screen.getAllByText('联系电话').at(-1)!);
  fireEvent.click(screen.getByText('创建协议'));
  await waitFor(() => expect(navigations).toEqual(['/admin/agreement/index?id=a2']));
  expect(cloud.calls.find((c) => c.action === 'agreement.create')?.payload).toEqual({ name: '宁波市流动党员服务中心', region: '浙江省宁波市', kind: '市际协作', fields: ['city', 'employer', 'contacts', 'phone'] });
});

it('lets the county add and remove covered members and invite the inflow organiser', async () => {
  resetTaro({ id: 'a1' });
  cloud
    .on('member.me', () => countyClerk)
    .on('agreement.list', () => ({ items: [agreement] }))
    .on('member.list', (q) => (q.agreementId ? { items: [{ ...covered, phone: '13800000001', masked: false, tags: [] }], nextCursor: null } : { items: [{ _id: 'm9', name: '陈明', city: '宁波', employer: '快递' }], nextCursor: null }))
    .on('agreement.update', () => ({ agreement, added: 1, removed: 0 }))
    .on('role.invite', () => ({ invitationId: 'i1', token: 'r1.abcdefghijklmnopqrstuvwx.SIG', page: 'pages/role-accept/index', expiresAt: Date.UTC(2026, 11, 10) }));
  render(<AgreementPage />);
  expect(await screen.findByText('13800000001')).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('搜索姓名、单位或城市'), { target: { value: '陈' } });
  fireEvent.click(await screen.findByText('加入'));
  await waitFor(() => expect(toasts).toContain('已加入'));
  fireEvent.click(screen.getByText('移出'));
  await waitFor(() => expect(toasts).toContain('已移出'));
  fireEvent.click(screen.getByText('生成邀请二维码'));
  expect(await screen.findByText(/#\/pages\/role-accept\/index\?t=r1\.abcdefghijklmnopqrstuvwx\.SIG/)).toBeTruthy();
  const sent = (a: string) => cloud.calls.filter((c) => c.action === a).map((c) => c.payload);
  expect(sent('agreement.update')).toEqual([{ agreementId: 'a1', addMemberIds: ['m9'] }, { agreementId: 'a1', removeMemberIds: ['m1'] }]);
  expect(sent('role.invite')).toEqual([{ role: 'inflow', agreementId: 'a1' }]);
});

it('lets the inflow organiser update only the agreed fields of a covered member', async () => {
  resetTaro({ id: 'a1' });
  cloud
    .on('member.me', () => inflowOrganiser)
    .on('agreement.list', () => ({ items: [agreement] }))
    .on('member.list', () => ({ items: [covered], nextCursor: null }))
    .on('member.update', (p) => ({ member: { ...covered, ...p.changes }, changed: Object.keys(p.changes) }));
  render(<AgreementPage />);
  fireEvent.click(await screen.findByText('刘芳'));
  expect(await screen.findByText('刘芳 · 共管信息')).toBeTruthy();
  // Industry is not agreed: no field for it. Contacts are: the contact form is there.
  expect(screen.queryByText('从事行业')).toBeNull();
  expect(screen.getByText('记录联系 · 刘芳')).toBeTruthy();
  expect(screen.queryByText('邀请共管方联络员')).toBeNull();
  expect(screen.queryByText('移出')).toBeNull();
  fireEvent.change(screen.getByDisplayValue('电子厂'), { target: { value: '西湖物流' } });
  fireEvent.click(screen.getByText('保存'));
  await waitFor(() => expect(toasts).toContain('已保存'));
  expect(cloud.calls.find((c) => c.action === 'member.update')?.payload).toEqual({ memberId: 'm1', changes: { employer: '西湖物流' } });
});

it('shows an inflow organiser only his own tile on the home page', async () => {
  cloud.on('member.me', () => inflowOrganiser);
  render(<HomePage />);
  expect(await screen.findByText('双向共管')).toBeTruthy();
  for (const other of ['党员台账', '支部与二维码', '学习统计', '主题党日', '结对联系', '联系监测']) expect(screen.queryByText(other)).toBeNull();
  expect(screen.getByText('流入地党组织')).toBeTruthy();
});
