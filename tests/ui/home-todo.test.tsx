/** 待办 on the home page: the count, each kind of waiting work, the tiles' badges, and the way to the work. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';

const nobody = { openid: 'dev_test', name: null, grants: [], member: null, branch: null, group: null, county: { name: '石阡县' }, reviewing: false };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
});

it('shows a cadre his 待办 with counts, marks the tiles behind them, and a tap reaches the work', async () => {
  cloud.on('member.me', () => ({ ...nobody, name: '村干部甲', grants: [{ role: 'cadre', groupId: 'g1' }] }));
  cloud.on('todo.mine', () => ({ items: [{ kind: 'careAssigned', count: 2 }, { kind: 'suggestionsToAnswer', count: 1 }], total: 3 }));
  render(<HomePage />);
  const card = (await screen.findByText('分派给我的求助')).closest('.card') as HTMLElement;
  expect(within(card).getByText('3')).toBeTruthy();
  expect(within(card).getByText('待答复的家乡建议')).toBeTruthy();
  const tile = screen.getAllByText('关怀帮扶')[0].closest('.nav-item') as HTMLElement;
  expect(tile.querySelector('.nav-count')?.textContent).toBe('2');
  fireEvent.click(within(card).getByText('分派给我的求助'));
  expect(navigations).toEqual(['/admin/care-queue/index?assignedToMe=1']);
});

it('shows a member his unchecked pushes and the theme day to sign in', async () => {
  cloud.on('member.me', () => ({ ...nobody, member: { _id: 'm1', name: '王小明' } }));
  cloud.on('study.list', () => ({ items: [], nextCursor: null }));
  cloud.on('todo.mine', () => ({ items: [{ kind: 'studyUnchecked', count: 1 }, { kind: 'themedayUnsigned', count: 1 }], total: 2 }));
  render(<HomePage />);
  fireEvent.click(await screen.findByText('主题党日未签到'));
  expect(navigations).toEqual(['/pages/themeday/index']);
});

it.each(['h5', 'weapp'] as const)('%s: one tap asks once for the 待办 and new-push messages and records the answer', async (platform) => {
  cloud.on('member.me', () => ({ ...nobody, member: { _id: 'm1', name: '王小明' } }));
  cloud.on('study.list', () => ({ items: [], nextCursor: null }));
  cloud.on('todo.mine', () => ({ items: [{ kind: 'studyUnchecked', count: 1 }], total: 1 }));
  cloud.on('todo.subscribe', (p) => ({ consents: Object.fromEntries(Object.entries(p.results).map(([t, o]) => [t, o === 'accept' ? 1 : 0])) }));
  process.env.TARO_ENV = platform;
  render(<HomePage />);
  fireEvent.click(await screen.findByText('有新待办时微信提醒我'));
  expect(await screen.findByText('已订阅待办提醒（可提醒 1 次）· 再订阅一次')).toBeTruthy();
  expect(cloud.calls.filter((c) => c.action === 'todo.subscribe').map((c) => c.payload)).toEqual([{ results: { 'local-todo': 'accept', 'local-study': 'accept' } }]);
});

it('asks an organiser who is no member only for the 待办 messages, also when nothing waits', async () => {
  cloud.on('member.me', () => ({ ...nobody, name: '李书记', grants: [{ role: 'secretary', branchId: 'b1' }] }));
  cloud.on('todo.mine', () => ({ items: [], total: 0 }));
  cloud.on('todo.subscribe', () => ({ consents: { 'local-todo': 0 } }));
  render(<HomePage />);
  fireEvent.click(await screen.findByText('有新待办时微信提醒我'));
  expect(await screen.findByText('未订阅待办提醒 · 点此订阅')).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'todo.subscribe')?.payload).toEqual({ results: { 'local-todo': 'accept' } });
});

it('shows no 待办 card when nothing waits, and says "暂无推送" rather than "已全部完成" without pushes', async () => {
  cloud.on('member.me', () => ({ ...nobody, member: { _id: 'm1', name: '王小明' } }));
  cloud.on('study.list', () => ({ items: [], nextCursor: null }));
  cloud.on('todo.mine', () => ({ items: [], total: 0 }));
  render(<HomePage />);
  expect(await screen.findByText('暂无推送')).toBeTruthy();
  expect(screen.queryByText('已全部完成')).toBeNull();
  expect(screen.queryByText('待办')).toBeNull();
});
