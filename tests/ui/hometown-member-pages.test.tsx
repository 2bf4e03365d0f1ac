/** The member's hometown pages: suggest and follow answers, job information, talent stations. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import SuggestPage from '@/pages/suggest/index';
import JobsPage from '@/pages/jobs/index';
import StationsPage from '@/pages/stations/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { tree } from './helpers/org-fixtures';

let cloud: FakeCloud;
const memberMe = { openid: 'm1', name: '王小明', grants: [], member: { _id: 'mm1', branchId: 'bA', groupId: 'g1' }, branch: null, group: null, county: tree.county };
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree).on('member.me', () => memberMe);
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const answered = {
  _id: 's1', memberId: 'mm1', authorName: '王小明', branchId: 'bA', groupId: 'g1', villageName: '龙井村', title: '建冷库', text: '猕猴桃每年烂掉不少，建议建冷库。',
  category: '产业', status: 'adopted', replies: [{ byName: '李书记', text: '村两委决定明年建', status: 'adopted', at: 1_764_000_000_000 }], createdAt: 1_763_900_000_000, updatedAt: 1_764_000_000_000,
};

it('submits a suggestion after the shared schema accepts it, and shows his suggestions with replies', async () => {
  let mine = [answered];
  cloud.on('suggest.list', () => ({ items: mine, nextCursor: null })).on('suggest.submit', (p) => {
    const s = { ...answered, ...p, _id: 's2', status: 'submitted', replies: [], villageName: '龙井村' };
    mine = [s, ...mine];
    return s;
  });
  render(<SuggestPage />);
  expect(await screen.findByText('村两委决定明年建')).toBeTruthy();
  expect(screen.getByText('已采纳')).toBeTruthy();

  fireEvent.click(screen.getByText('提交建议'));
  expect(await screen.findByText('请输入标题')).toBeTruthy();
  expect(screen.getByText('请选择类别')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'suggest.submit')).toBe(false);

  type('请输入标题', '修通组路');
  fireEvent.click(screen.getByText('基础设施'));
  type('说说您对家乡发展的想法（至少 10 个字）', '村里到三组的路一下雨就没法走，建议硬化。');
  fireEvent.click(screen.getByText('提交建议'));
  await waitFor(() => expect(toasts).toContain('已提交'));
  expect(cloud.calls.find((c) => c.action === 'suggest.submit')!.payload).toEqual({ title: '修通组路', category: '基础设施', text: '村里到三组的路一下雨就没法走，建议硬化。' });
  expect(await screen.findByText('修通组路')).toBeTruthy();
  expect(screen.getByText('待答复')).toBeTruthy();
});

it('lists the jobs reaching him and shows the details of a tapped one', async () => {
  cloud.on('jobs.list', () => ({
    items: [{ _id: 'j1', title: '电子厂普工', employer: '宁波某电子', city: '宁波', pay: '6000 元/月', contact: '0574-88880000', detail: '包吃住', validUntil: '2026-12-31', audience: { scope: 'county' }, publisherName: '组织部', createdAt: 1, valid: true }],
    nextCursor: null,
  }));
  render(<JobsPage />);
  fireEvent.click(await screen.findByText('电子厂普工'));
  expect(screen.getByText('联系方式：0574-88880000')).toBeTruthy();
  expect(screen.getByText('包吃住')).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'jobs.list')!.payload).toEqual({});
});

it('shows the stations with heads as the function masked them, and no admin tools to a member', async () => {
  cloud.on('station.list', () => ({
    items: [{ _id: 'st1', city: '上海', name: '上海人才工作站', head: { kind: 'person', memberId: null, name: '王站长', phone: '139****5678', masked: true }, contact: '021-55550000', notes: null, createdAt: 1, updatedAt: 1 }],
  }));
  render(<StationsPage />);
  expect(await screen.findByText('上海人才工作站')).toBeTruthy();
  expect(screen.getByText('站长：王站长 139****5678')).toBeTruthy();
  expect(screen.queryByText('新增工作站')).toBeNull();
  expect(screen.queryByText('编辑')).toBeNull();
});
