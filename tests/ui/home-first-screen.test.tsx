/** The home's first screen: its calls start at launch, before the home's code has loaded, and are asked once. */
import { render, screen, waitFor } from '@testing-library/react';
import App from '@/app';
import HomePage from '@/pages/home/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { launch, resetTaro } from './helpers/taro';

const member = { openid: 'dev_test', name: '王小明', grants: [], member: { _id: 'm1', name: '王小明' }, branch: null, group: null, county: { name: '石阡县' }, reviewing: false };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
  cloud.on('todo.mine', () => ({ items: [{ kind: 'studyUnchecked', count: 1 }], total: 1 }));
  cloud.on('study.list', () => ({ items: [], nextCursor: null }));
});

const asked = (action: string) => cloud.calls.filter((c) => c.action === action).length;

it('asks for member.me at launch, then 待办, and the home shows those answers without asking again', async () => {
  let answers = 0;
  cloud.on('member.me', () => ({ ...member, member: { _id: 'm1', name: ++answers === 1 ? '王小明' : '第二次' } }));
  // The app launches on the home before the home route's code has arrived.
  const view = render(<App>{null}</App>);
  expect(asked('member.me')).toBe(1);
  // 待办 goes out once member.me has answered, still before the home has mounted.
  expect(asked('todo.mine')).toBe(0);
  await waitFor(() => expect(asked('todo.mine')).toBe(1));
  // Then the route loads and the page mounts.
  view.rerender(
    <App>
      <HomePage />
    </App>,
  );
  expect(await screen.findByText(/你好，王小明/)).toBeTruthy();
  expect(await screen.findByText('未打卡的学习推送')).toBeTruthy();
  expect(asked('member.me')).toBe(1);
  expect(asked('todo.mine')).toBe(1);

  // A later visit asks the network, as before.
  view.unmount();
  render(<HomePage />);
  expect(await screen.findByText(/你好，第二次/)).toBeTruthy();
  expect(asked('member.me')).toBe(2);
});

it('asks nothing at launch when the app opens on another page', async () => {
  cloud.on('member.me', () => member);
  launch.path = 'pages/study/index';
  const view = render(<App>{null}</App>);
  expect(cloud.calls).toEqual([]);
  view.rerender(
    <App>
      <HomePage />
    </App>,
  );
  expect(await screen.findByText(/你好，王小明/)).toBeTruthy();
  expect(asked('member.me')).toBe(1);
});

it('asks again from the home when the launch call failed', async () => {
  cloud.on('member.me', () => member);
  cloud.offline = true;
  const view = render(<App>{null}</App>);
  // Let the failed answers arrive (and be dropped) before the network returns.
  await new Promise((resolve) => setTimeout(resolve, 0));
  cloud.offline = false;
  view.rerender(
    <App>
      <HomePage />
    </App>,
  );
  expect(await screen.findByText(/你好，王小明/)).toBeTruthy();
  expect(asked('member.me')).toBe(1);
});
