/** 我的调解维权: the member reads the cases about him (read-only), opened from 我的档案. */
import { fireEvent, render, screen } from '@testing-library/react';
import MyMediationsPage from '@/pages/mediations/index';
import ProfilePage from '@/pages/profile/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
});

const at = Date.UTC(2026, 11, 3, 2, 30);
const closedCase = {
  _id: 'c1', kind: '欠薪', villagerName: '周老乡', description: '老乡在电子厂被拖欠四个月工资', handlerName: '张村干', state: 'closed', outcome: 'resolved',
  steps: [
    { at, byName: '张村干', note: '已约老板面谈' },
    { at: at + 86_400_000, byName: '李书记', note: '老板结清工资两万元', outcome: 'resolved' },
  ],
  openedAt: at, updatedAt: at + 86_400_000,
};
const openCase = { _id: 'c2', kind: '就医', villagerName: null, description: '异地就医报销困难', handlerName: null, state: 'open', outcome: null, steps: [], openedAt: at, updatedAt: at };

describe('我的调解维权', () => {
  it('lists his cases with the party, the handler, each step and the outcome; nothing to change', async () => {
    cloud.on('mediation.mine', () => ({ items: [closedCase, openCase] }));
    render(<MyMediationsPage />);
    expect(await screen.findByText('已结案 · 已化解')).toBeTruthy();
    expect(cloud.calls).toEqual([{ action: 'mediation.mine', payload: {} }]);
    expect(screen.getByText('周老乡（你带来的老乡）')).toBeTruthy();
    expect(screen.getByText('老乡在电子厂被拖欠四个月工资')).toBeTruthy();
    expect(screen.getByText('老板结清工资两万元')).toBeTruthy();
    expect(screen.getByText('2026-12-04 10:30 · 李书记 · 结案：已化解')).toBeTruthy();
    // His own case, still open, without a named handler or any step yet.
    expect(screen.getByText('办理中')).toBeTruthy();
    expect(screen.getByText('本人')).toBeTruthy();
    expect(screen.getByText('组织者')).toBeTruthy();
    expect(screen.getByText('承办人还没有记录经过')).toBeTruthy();
    expect(screen.queryByText(/提交|记录调解经过|保存/)).toBeNull();
  });

  it('says so when there is none, and shows the refusal of a caller who has not joined', async () => {
    cloud.on('mediation.mine', () => ({ items: [] }));
    const { unmount } = render(<MyMediationsPage />);
    expect(await screen.findByText('暂无调解维权记录')).toBeTruthy();
    unmount();
    cloud.on('mediation.mine', () => { throw Object.assign(new Error('请先扫码加入支部后查看调解维权'), { code: 'MEMBER.NOT_JOINED' }); });
    render(<MyMediationsPage />);
    expect(await screen.findByText('请先扫码加入支部后查看调解维权（点击重试）')).toBeTruthy();
  });

  it('is opened from 我的档案', async () => {
    const member = { _id: 'm1', name: '王小明', status: 'normal', tags: [], branchId: 'bA', groupId: 'g1', masked: false };
    cloud.on('member.me', () => ({ openid: 'm1_openid', name: '王小明', grants: [], member, branch: null, group: null, county: null }));
    render(<ProfilePage />);
    fireEvent.click(await screen.findByText('我的调解维权'));
    expect(navigations).toEqual(['/pages/mediations/index']);
  });
});
