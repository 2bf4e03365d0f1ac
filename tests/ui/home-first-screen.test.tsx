/** The home's first screen: its calls start at launch, before the home's code has loaded, and are asked once. */
import { render, screen, waitFor } from '@testing-library/react';
import App from '@/app';
import HomePage from '@/pages/home/index';
import { BootstrapCard } from '@/pages/home/first-run-cards.h5';
import { HOME_FIRST_REQUEST, LAUNCH_REQUEST_GLOBAL, launchRequestScript } from '../../config/launch-request-script';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { launch, resetTaro } from './helpers/taro';

const member = { openid: 'dev_test', name: '王小明', grants: [], member: { _id: 'm1', name: '王小明' }, branch: null, group: null, county: { name: '石阡县' }, reviewing: false };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  delete (window as any)[LAUNCH_REQUEST_GLOBAL];
  window.location.hash = '';
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

/** What the H5 build's index.html runs in its head, before any of the app's scripts (config/launch-request-plugin.ts). */
const runIndexHtmlScript = () => new Function(launchRequestScript({ ...HOME_FIRST_REQUEST, base: '' }))();

it('adopts the member.me request index.html sent from its head: the home shows its answer and nobody asks again', async () => {
  cloud.on('member.me', () => member);
  runIndexHtmlScript();
  expect(asked('member.me')).toBe(1);
  const view = render(<App>{null}</App>);
  // The launch call took the page's request; 待办 still follows its answer.
  expect(asked('member.me')).toBe(1);
  await waitFor(() => expect(asked('todo.mine')).toBe(1));
  view.rerender(
    <App>
      <HomePage />
    </App>,
  );
  expect(await screen.findByText(/你好，王小明/)).toBeTruthy();
  expect(asked('member.me')).toBe(1);
  expect((window as any)[LAUNCH_REQUEST_GLOBAL]).toBeUndefined();
});

it('does not adopt a request index.html sent as another user', async () => {
  cloud.on('member.me', () => member);
  window.localStorage.setItem('devOpenid', 'dev_before_switch');
  runIndexHtmlScript();
  window.localStorage.setItem('devOpenid', 'dev_test');
  render(<App>{null}</App>);
  // The app asked again, as the user it runs as.
  expect(asked('member.me')).toBe(2);
});

it('asks again when the request index.html sent failed', async () => {
  cloud.on('member.me', () => member);
  cloud.offline = true;
  runIndexHtmlScript();
  const view = render(<App>{null}</App>);
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

it('index.html sends nothing on another route or with nobody signed in', () => {
  cloud.on('member.me', () => member);
  window.location.hash = '#/pages/study/index';
  runIndexHtmlScript();
  window.location.hash = '';
  window.localStorage.removeItem('devOpenid');
  runIndexHtmlScript();
  expect(cloud.calls).toEqual([]);
  // The home's own hash, with a query, is the home.
  window.localStorage.setItem('devOpenid', 'dev_test');
  window.location.hash = '#/pages/home/index?from=share';
  runIndexHtmlScript();
  expect(asked('member.me')).toBe(1);
});

it('on H5 a first-run card loads its code when shown', async () => {
  render(<BootstrapCard onDone={() => undefined} />);
  expect(await screen.findByText('初始化县委组织部', { selector: '.card-title' })).toBeTruthy();
});
