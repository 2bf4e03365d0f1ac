/**
 * The join page as a member uses it: the branch from the scanned scene, the form, its validation
 * (the shared schema, before any request) and the join itself.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import JoinPage from '@/pages/join/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';

const scene = 'j1.abc123.QWERTYUIOPASDFGH';
const preview = {
  branch: { _id: 'b1', name: '杭州云支部', city: '杭州', kind: '云支部', secretaryName: '李书记' },
  groups: [
    { _id: 'g1', name: '龙井村网上党小组', township: '汤山镇', village: '龙井村' },
    { _id: 'g2', name: '白沙村网上党小组', township: '汤山镇', village: '白沙村' },
    { _id: 'g3', name: '花桥村网上党小组', township: '花桥镇', village: '花桥村' },
  ],
  alreadyJoined: false,
  ownBranch: false,
  approval: false,
};

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro({ scene: encodeURIComponent(scene) });
  cloud = installFakeCloud().on('join.preview', () => preview);
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

it('shows the branch of the scanned code', async () => {
  render(<JoinPage />);
  expect(await screen.findByText('杭州云支部')).toBeTruthy();
  expect(screen.getByText('书记：李书记')).toBeTruthy();
  expect(cloud.calls[0]).toEqual({ action: 'join.preview', payload: { scene } });
});

it('refuses an incomplete form inline, without sending the join', async () => {
  render(<JoinPage />);
  await screen.findByText('杭州云支部');
  type('请输入手机号', '1234');
  fireEvent.click(screen.getByText('确认加入'));
  expect(await screen.findByText('请输入 11 位手机号')).toBeTruthy();
  expect(screen.getByText('请选择所在村')).toBeTruthy();
  expect(cloud.calls.map((c) => c.action)).toEqual(['join.preview']);
  expect(toasts[0]).toMatch(/输入有误/);
});

it('joins with the profile, the chosen village and the scene, then says so', async () => {
  cloud.on('member.join', (p) => ({ member: { ...p, _id: 'm1' }, created: true }));
  render(<JoinPage />);
  await screen.findByText('杭州云支部');
  // Two townships: the villages appear once the township is chosen.
  expect(screen.queryByText('龙井村')).toBeNull();
  fireEvent.click(screen.getByText('汤山镇'));
  fireEvent.click(screen.getByText('龙井村'));
  type('请输入姓名', '王小明');
  fireEvent.click(screen.getByText('男'));
  type('请输入手机号', '13812345678');
  type('请输入现居城市', '杭州');
  type('如：物流、电商、建筑', '物流');
  fireEvent.click(screen.getByText('确认加入'));

  expect(await screen.findByText('加入成功')).toBeTruthy();
  expect(screen.getByText('欢迎加入杭州云支部！')).toBeTruthy();
  const join = cloud.calls.find((c) => c.action === 'member.join');
  // Blank optional fields are left out rather than sent empty.
  expect(join?.payload).toEqual({ scene, groupId: 'g1', name: '王小明', gender: '男', phone: '13812345678', city: '杭州', industry: '物流' });
  fireEvent.click(screen.getByText('进入首页'));
  expect(navigations).toEqual(['/pages/home/index']);
});

it('shows a refused scene as an error instead of a form', async () => {
  cloud.on('join.preview', () => {
    throw cloudError('JOIN.SCENE_INVALID', '二维码无效或已被篡改');
  });
  render(<JoinPage />);
  expect(await screen.findByText(/二维码无效或已被篡改/)).toBeTruthy();
  expect(screen.queryByText('确认加入')).toBeNull();
});

it('tells a member of this branch he has joined, instead of showing the form', async () => {
  cloud.on('join.preview', () => ({ ...preview, alreadyJoined: true, ownBranch: true }));
  render(<JoinPage />);
  expect(await screen.findByText('你已是杭州云支部的党员，无需重复加入。')).toBeTruthy();
  expect(screen.queryByText('确认加入')).toBeNull();
  expect(screen.queryByText('申请转入杭州云支部')).toBeNull();
  await waitFor(() => expect(cloud.calls).toHaveLength(1));
});

it('answers an empty submit in Chinese by label, and drops a field error once the field changes', async () => {
  render(<JoinPage />);
  await screen.findByText('杭州云支部');
  fireEvent.click(screen.getByText('确认加入'));
  expect(await screen.findByText('请选择所在村')).toBeTruthy();
  expect(toasts[0]).toMatch(/^输入有误：.*姓名.*性别.*手机号/);
  expect(toasts[0]).not.toMatch(/[A-Za-z]{2,}/);
  expect(screen.getAllByText('请填写').length).toBeGreaterThan(0);
  expect(screen.getByText(/请从以下选择/)).toBeTruthy(); // gender: zh-CN choices 男|女
  expect(screen.queryByText(/Invalid|expected/)).toBeNull();
  const before = screen.getAllByText('请填写').length;
  type('请输入姓名', '王小明');
  await waitFor(() => expect(screen.getAllByText('请填写').length).toBe(before - 1));
  fireEvent.click(screen.getByText('男'));
  expect(screen.queryByText(/请从以下选择/)).toBeNull();
  fireEvent.click(screen.getByText('汤山镇'));
  fireEvent.click(screen.getByText('龙井村'));
  expect(screen.queryByText('请选择所在村')).toBeNull();
});

it('says in Chinese that a join link without a code is incomplete, without calling the cloud', async () => {
  resetTaro({});
  render(<JoinPage />);
  expect(await screen.findByText('链接缺少支部码')).toBeTruthy();
  expect(cloud.calls).toEqual([]);
});

it('offers a member of another branch a transfer, and sends it with the scene and his note', async () => {
  cloud.on('join.preview', () => ({ ...preview, alreadyJoined: true }));
  cloud.on('transfer.request', () => ({ transfer: { _id: 't1', state: 'pending', to: { branchId: 'b1', branchName: '杭州云支部' } } }));
  render(<JoinPage />);
  expect(await screen.findByText(/到新的城市务工，可申请把组织关系转入本支部/)).toBeTruthy();
  expect(screen.queryByText(/每名党员只需加入一次/)).toBeNull();
  expect(screen.queryByText('确认加入')).toBeNull();
  fireEvent.change(screen.getByPlaceholderText('如：已到杭州务工'), { target: { value: '已到杭州务工' } });
  fireEvent.click(screen.getAllByText('申请转入杭州云支部').at(-1)!);
  expect(await screen.findByText('转接申请已提交')).toBeTruthy();
  expect(screen.getByText('待杭州云支部书记审核，结果会显示在首页。')).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'transfer.request')?.payload).toEqual({ scene, note: '已到杭州务工' });
});

it('shows a refused transfer (a second pending one) as the cloud words it', async () => {
  cloud.on('join.preview', () => ({ ...preview, alreadyJoined: true }));
  cloud.on('transfer.request', () => {
    throw cloudError('TRANSFER.PENDING', '已有一项转接申请待审核，请等待处理或先撤回');
  });
  render(<JoinPage />);
  await screen.findByText(/到新的城市务工/);
  fireEvent.click(screen.getAllByText('申请转入杭州云支部').at(-1)!);
  await waitFor(() => expect(toasts.at(-1)).toMatch(/已有一项转接申请待审核/));
  expect(screen.queryByText('转接申请已提交')).toBeNull();
});

it('says a join waits for approval when the branch approves new members', async () => {
  cloud.on('join.preview', () => ({ ...preview, approval: true }));
  cloud.on('member.join', () => ({ member: null, created: false, request: { _id: 'r1', state: 'pending', branchId: 'b1', branchName: '杭州云支部' } }));
  render(<JoinPage />);
  expect(await screen.findByText('本支部新成员需书记审核，提交后请等待通知。')).toBeTruthy();
  fireEvent.click(screen.getByText('汤山镇'));
  fireEvent.click(screen.getByText('龙井村'));
  fireEvent.change(screen.getByPlaceholderText('请输入姓名'), { target: { value: '王小明' } });
  fireEvent.click(screen.getByText('男'));
  fireEvent.change(screen.getByPlaceholderText('请输入手机号'), { target: { value: '13812345678' } });
  fireEvent.change(screen.getByPlaceholderText('请输入现居城市'), { target: { value: '杭州' } });
  fireEvent.click(screen.getByText('确认加入'));
  expect(await screen.findByText('已提交，待审核')).toBeTruthy();
});
