/**
 * Moving members and ending mobile status, as organisers and members use the pages: the member
 * record's 转接 and 结束流动党员身份, the 转接审核 page, a branch's join settings, the home card.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import MemberPage from '@/admin/member/index';
import MovesPage from '@/admin/moves/index';
import HomePage from '@/pages/home/index';
import { BranchCard } from '@/features/org/branch-card';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

const member = {
  _id: 'm1', openid: 'x', name: '王小明', gender: '男', phone: '13812345678', city: '杭州', status: '正常', lostContactAt: null, tags: [],
  branchId: 'bA', groupId: 'g1', joinedAt: 0, updatedAt: 1, masked: false, branchName: '杭州云支部', groupName: '龙井村网上党小组',
};
const county = { ...secretaryOfA, openid: 'oc', grants: [{ role: 'county' }] };
const transfer = (over: Record<string, unknown> = {}) => ({
  _id: 't1', memberId: 'm1', memberName: '王小明', kind: 'request', state: 'pending',
  from: { branchId: 'bA', branchName: '杭州云支部', groupId: 'g1', groupName: '龙井村网上党小组' },
  to: { branchId: 'bB', branchName: '宁波云支部', groupId: 'g1', groupName: '龙井村网上党小组' },
  note: '到宁波工作了', requestedAt: Date.UTC(2026, 11, 1), requestedByName: '王小明', decidedAt: null, decidedByName: null, decisionNote: null, ...over,
});

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro({ id: 'm1' });
  cloud = installFakeCloud()
    .on('org.tree', () => tree)
    .on('member.me', () => secretaryOfA)
    .on('member.get', () => ({ member, history: [{ _id: 'h1', memberId: 'm1', at: Date.UTC(2026, 11, 2), byName: '李', note: '转接：宁波云支部 → 杭州云支部', changes: [] }] }));
});

describe('member record', () => {
  it('lets his secretary release him to another branch, and shows the move in his history', async () => {
    cloud.on('transfer.move', () => ({ transfer: transfer({ kind: 'release' }) }));
    render(<MemberPage />);
    expect(await screen.findByText('转接：宁波云支部 → 杭州云支部')).toBeTruthy();
    expect(screen.getByText('转到其他支部需对方书记同意；本支部内更换网上党小组即时生效。')).toBeTruthy();
    fireEvent.click(screen.getByText('申请转出'));
    await waitFor(() => expect(screen.getByText('请选择转入的支部')).toBeTruthy());
    expect(cloud.calls.some((c) => c.action === 'transfer.move')).toBe(false);
    // The branch chips: both branches; his own is refused by the cloud, not hidden.
    fireEvent.click(screen.getAllByText('宁波云支部').at(-1)!);
    fireEvent.click(screen.getByText('申请转出'));
    await waitFor(() => expect(toasts).toContain('已提交，待转入支部审核'));
    expect(cloud.calls.find((c) => c.action === 'transfer.move')?.payload).toEqual({ memberId: 'm1', toBranchId: 'bB' });
  });

  it('shows no move to a village cadre, and no edits on an ended record, only the reopen', async () => {
    cloud.on('member.me', () => ({ ...secretaryOfA, grants: [{ role: 'cadre', groupId: 'g1' }] }));
    cloud.on('member.get', () => ({ member: { ...member, ended: true, mobility: { reason: '回村任职', note: null, endedAt: Date.UTC(2026, 11, 3), byName: '李' } }, history: [] }));
    cloud.on('member.reopenMobility', () => ({ member }));
    render(<MemberPage />);
    expect(await screen.findByText('流动党员身份已结束')).toBeTruthy();
    expect(screen.getByText('原因：回村任职')).toBeTruthy();
    expect(screen.queryByText('转接')).toBeNull();
    expect(screen.queryByText('修改档案')).toBeNull();
    expect(screen.queryByText('保存状态与标签')).toBeNull();
    fireEvent.click(screen.getByText('恢复流动党员身份'));
    await waitFor(() => expect(toasts).toContain('已恢复'));
    expect(cloud.calls.find((c) => c.action === 'member.reopenMobility')?.payload).toEqual({ memberId: 'm1' });
  });

  it('ends his mobile status with a reason; 其他 needs a note before anything is sent', async () => {
    cloud.on('member.endMobility', (p) => ({ member: { ...member, ended: true, mobility: { reason: p.reason, note: p.note ?? null, endedAt: 0, byName: '李' } } }));
    render(<MemberPage />);
    fireEvent.click((await screen.findAllByText('结束流动党员身份')).at(-1)!);
    fireEvent.click(screen.getByText('其他'));
    fireEvent.click(screen.getByText('确认结束'));
    await waitFor(() => expect(screen.getByText('原因为「其他」时请填写说明')).toBeTruthy());
    expect(cloud.calls.some((c) => c.action === 'member.endMobility')).toBe(false);
    fireEvent.click(screen.getByText('返乡创业'));
    fireEvent.click(screen.getByText('确认结束'));
    await waitFor(() => expect(toasts).toContain('已结束流动党员身份'));
    expect(cloud.calls.find((c) => c.action === 'member.endMobility')?.payload).toEqual({ memberId: 'm1', reason: '返乡创业' });
  });
});

describe('转接审核', () => {
  beforeEach(() => {
    cloud
      .on('member.me', () => county)
      .on('join.requests', () => ({ items: [{ _id: 'r1', branchId: 'bA', groupId: 'g1', branchName: '杭州云支部', groupName: '龙井村网上党小组', profile: { name: '孙新人', gender: '男', phone: '13911110009', city: '杭州' }, state: 'pending', requestedAt: 0, decidedAt: null, decidedByName: null, decisionNote: null }], nextCursor: null }))
      .on('transfer.list', (p) => ({ items: p.box === 'incoming' ? [transfer()] : [transfer({ _id: 't2', memberName: '赵外出', kind: 'release' })], nextCursor: null }));
  });

  it('approves a transfer in, refuses a join with its reason, withdraws a release', async () => {
    cloud.on('transfer.decide', () => ({ transfer: transfer({ state: 'approved' }) }));
    cloud.on('join.decide', () => ({ request: {}, memberId: null }));
    cloud.on('transfer.cancel', () => ({ transfer: transfer({ state: 'cancelled' }) }));
    render(<MovesPage />);
    expect(await screen.findByText('转入待审核（1）')).toBeTruthy();
    expect(screen.getByText('孙新人 · 男')).toBeTruthy();
    expect(screen.getAllByText('说明：到宁波工作了')).toHaveLength(2);

    fireEvent.click(screen.getByText('同意转入'));
    await waitFor(() => expect(toasts).toContain('已转入'));
    expect(cloud.calls.find((c) => c.action === 'transfer.decide')?.payload).toEqual({ transferId: 't1', approve: true });

    fireEvent.click(screen.getAllByText('不同意')[0]);
    fireEvent.change(screen.getByPlaceholderText('申请人会看到这条原因'), { target: { value: '请先核实身份' } });
    fireEvent.click(screen.getByText('确认不同意'));
    await waitFor(() => expect(toasts).toContain('已退回'));
    expect(cloud.calls.find((c) => c.action === 'join.decide')?.payload).toEqual({ requestId: 'r1', approve: false, note: '请先核实身份' });

    fireEvent.click(screen.getByText('撤回转出'));
    await waitFor(() => expect(toasts).toContain('已撤回'));
  });

  it('shows a decision the cloud refuses (another side decided first)', async () => {
    cloud.on('transfer.decide', () => {
      throw cloudError('TRANSFER.CLOSED', '该转接已处理或已撤回');
    });
    render(<MovesPage />);
    fireEvent.click(await screen.findByText('同意转入'));
    await waitFor(() => expect(toasts.at(-1)).toMatch(/该转接已处理或已撤回/));
  });
});

describe('join settings and home', () => {
  it('rotates the code, drops the QR shown before, and turns approval on', async () => {
    cloud.on('branch.joinSettings', (p) => ({ branchId: 'bA', joinVersion: p.rotate ? 1 : 0, joinRevoked: false, joinApproval: Boolean(p.approval) }));
    render(<BranchCard branch={{ ...tree.branches[0] } as any} parentName={null} canQr canEdit={false} />);
    expect(screen.getByText('使用中（第 1 版）')).toBeTruthy();
    fireEvent.click(screen.getByText('更换二维码'));
    await waitFor(() => expect(screen.getByText('使用中（第 2 版）')).toBeTruthy());
    fireEvent.click(screen.getByText('开启审核'));
    await waitFor(() => expect(screen.getByText('需书记审核')).toBeTruthy());
    expect(cloud.calls.filter((c) => c.action === 'branch.joinSettings').map((c) => c.payload)).toEqual([{ branchId: 'bA', rotate: true }, { branchId: 'bA', approval: true }]);
  });

  it('shows a member his waiting transfer, and a newcomer his join waiting for approval', async () => {
    cloud.on('member.me', () => ({ openid: 'm', name: '王小明', grants: [], member, branch: { _id: 'bA', name: '杭州云支部', kind: '云支部', city: '杭州', secretaryName: '李' }, group: null, county: tree.county, reviewing: false, joinRequest: null, pendingTransfer: transfer() }));
    cloud.on('study.list', () => ({ items: [], nextCursor: null })).on('themeday.current', () => ({ occurrence: null }));
    const { unmount } = render(<HomePage />);
    expect(await screen.findByText('转入宁波云支部，待审核')).toBeTruthy();
    expect(screen.getByText('撤回转接申请')).toBeTruthy();
    unmount();
    cloud.on('member.me', () => ({ openid: 'n', name: null, grants: [], member: null, branch: null, group: null, county: tree.county, reviewing: false, pendingTransfer: null, joinRequest: { _id: 'r', state: 'pending', branchName: '杭州云支部', decisionNote: null } }));
    render(<HomePage />);
    expect(await screen.findByText('入支部申请待审核')).toBeTruthy();
  });
});
