/**
 * 角色管理 as the county uses it: a unit's holders with since / granted by, revoke, granting by
 * picking a member, an invitation as a QR code and link, withdrawing it, the handover and the
 * audit log. Nothing asks for a user number.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import RolesPage from '@/admin/roles/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

const countyMe = { ...secretaryOfA, openid: 'c1', name: '刘组织', grants: [{ role: 'county' }] };
const since = Date.UTC(2026, 10, 3, 2, 0);
const holderA = { openid: 'o1', name: '李书记', phone: '13900000001', title: null, isMember: true, role: 'secretary', unitId: 'bA', since, grantedByName: '刘组织', via: 'pick' };
const countyHolders = [
  { openid: 'c1', name: '刘组织', phone: '13900006666', title: '县委组织部组织科', isMember: false, role: 'county', unitId: null, since, grantedByName: '张管理', via: 'invitation' },
  { openid: 'a1', name: '张管理', phone: '13900000000', title: null, isMember: false, role: 'sysadmin', unitId: null, since, grantedByName: '张管理', via: 'bootstrap' },
];
const audit = [
  { _id: 'e2', at: since + 60_000, kind: 'revoke', actorName: '刘组织', targetName: '王旧', role: 'cadre', unitId: 'g1', unitName: '龙井村' },
  { _id: 'e1', at: since, kind: 'accept', actorName: '陈驻村', targetName: '陈驻村', role: 'cadre', unitId: 'g1', unitName: '龙井村' },
];

let cloud: FakeCloud;
let holders: Record<string, unknown[]>;
beforeEach(() => {
  resetTaro();
  holders = { county: countyHolders, bA: [holderA] };
  cloud = installFakeCloud()
    .on('org.tree', () => tree)
    .on('member.me', () => countyMe)
    .on('role.list', (p) => ({ unitName: p.unit === 'county' ? '石阡县' : '杭州云支部', holders: holders[p.branchId ?? p.unit] ?? [], invitations: [] }))
    .on('role.audit', () => ({ items: audit, nextCursor: null }));
});

const pickUnit = async (label: string) => fireEvent.click(await screen.findByText(label));

it('lists the county roles with names, phones and who granted them, and the audit log', async () => {
  render(<RolesPage />);
  expect(await screen.findByText('刘组织')).toBeTruthy();
  expect(screen.getByText(/13900006666 · 县委组织部组织科 · 非党员组织者/)).toBeTruthy();
  expect(screen.getByText(/起 · 张管理（邀请接受）/)).toBeTruthy();
  expect(await screen.findByText('刘组织 撤销 王旧 的村干部（龙井村）')).toBeTruthy();
  expect(screen.getByText('陈驻村 接受邀请，担任村干部（龙井村）')).toBeTruthy();
  // The county cannot grant or revoke sysadmin: no revoke on that row.
  expect(screen.getAllByText('撤销').length).toBe(1);
  expect(screen.queryByPlaceholderText('请对方在首页底部查看并发给你')).toBeNull();
});

it('revokes a branch secretary after confirmation', async () => {
  cloud.on('org.grantRole', (p) => {
    holders.bA = [];
    return { openid: p.openid, grants: [] };
  });
  render(<RolesPage />);
  await pickUnit('杭州云支部');
  fireEvent.click(await screen.findByText('撤销'));
  await waitFor(() => expect(toasts).toContain('已撤销'));
  expect(cloud.calls.find((c) => c.action === 'org.grantRole')!.payload).toEqual({ openid: 'o1', role: 'secretary', branchId: 'bA', revoke: true });
  expect(await screen.findByText('暂无人担任（空缺）')).toBeTruthy();
});

it('grants by picking a member, and invites by a QR code and link', async () => {
  cloud
    .on('member.list', () => ({ items: [{ _id: 'm7', name: '吴接任', city: '杭州', branchId: 'bA', groupId: 'g1' }], nextCursor: null }))
    .on('org.grantRole', () => ({ openid: 'x', grants: [] }))
    .on('role.invite', () => ({ invitationId: 'inv1', token: 'r1.abcdefghijklmnopqrstuvwx.SIGNATURE', page: 'pages/role-accept/index', expiresAt: since + 3 * 86400_000 }))
    .on('role.cancelInvitation', () => ({ cancelled: true }));
  render(<RolesPage />);
  await pickUnit('杭州云支部');
  await screen.findByText('书记交接');
  fireEvent.change(screen.getAllByPlaceholderText('输入党员姓名查找')[0], { target: { value: '吴' } });
  fireEvent.click(await screen.findByText('吴接任（杭州）'));
  fireEvent.click(screen.getByText('授予支部书记'));
  await waitFor(() => expect(toasts).toContain('已授予'));
  expect(cloud.calls.find((c) => c.action === 'org.grantRole')!.payload).toEqual({ memberId: 'm7', role: 'secretary', branchId: 'bA' });

  fireEvent.click(screen.getByText('生成邀请二维码'));
  expect(await screen.findByText('邀请担任支部书记（杭州云支部）')).toBeTruthy();
  expect(screen.getByText(/#\/pages\/role-accept\/index\?t=r1\.abcdefghijklmnopqrstuvwx\.SIGNATURE/)).toBeTruthy();
  await waitFor(() => expect(document.querySelector('img.qr')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/));
  expect(cloud.calls.find((c) => c.action === 'role.invite')!.payload).toEqual({ role: 'secretary', branchId: 'bA' });
});

it('withdraws an open invitation', async () => {
  let open = [{ _id: 'inv1', role: 'cadre', unitId: 'g1', createdByName: '刘组织', createdAt: since, expiresAt: since + 86400_000, state: 'open' }];
  cloud
    .on('role.list', () => ({ unitName: '龙井村', holders: [], invitations: open }))
    .on('role.cancelInvitation', () => {
      open = [];
      return { cancelled: true };
    });
  render(<RolesPage />);
  await pickUnit('龙井村');
  expect(await screen.findByText('村干部 · 刘组织 发出')).toBeTruthy();
  fireEvent.click(screen.getByText('撤回'));
  await waitFor(() => expect(toasts).toContain('已撤回'));
  expect(cloud.calls.find((c) => c.action === 'role.cancelInvitation')!.payload).toEqual({ invitationId: 'inv1' });
  await waitFor(() => expect(screen.queryByText('村干部 · 刘组织 发出')).toBeNull());
});

it('hands a branch over to the member picked', async () => {
  cloud
    .on('member.list', () => ({ items: [{ _id: 'm7', name: '吴接任', city: '杭州', branchId: 'bA', groupId: 'g1' }], nextCursor: null }))
    .on('role.handover', () => ({ secretaryName: '吴接任', secretaryPhone: '13800000900', ended: 1 }));
  render(<RolesPage />);
  await pickUnit('杭州云支部');
  await screen.findByText('书记交接');
  const [, handoverSearch] = screen.getAllByPlaceholderText('输入党员姓名查找');
  fireEvent.click(screen.getByText('确认交接'));
  expect(await screen.findByText('请先选择接任的党员')).toBeTruthy();
  fireEvent.change(handoverSearch, { target: { value: '吴' } });
  fireEvent.click((await screen.findAllByText('吴接任（杭州）')).at(-1)!);
  fireEvent.click(screen.getByText('确认交接'));
  await waitFor(() => expect(toasts).toContain('已完成交接'));
  expect(cloud.calls.find((c) => c.action === 'role.handover')!.payload).toEqual({ branchId: 'bA', memberId: 'm7' });
});

it('tells a secretary the page is not his', async () => {
  cloud.on('member.me', () => secretaryOfA);
  render(<RolesPage />);
  expect(await screen.findByText('仅县委组织部或系统管理员可管理角色')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'role.list')).toBe(false);
});
