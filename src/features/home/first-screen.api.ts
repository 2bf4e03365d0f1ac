import { callEarly } from '@/services/cloud';

const HOME = 'pages/home/index';

/**
 * Started at launch when the app opens on the home page, so the calls its first screen waits for
 * (the greeting needs `member.me`; 待办 shows beside it) run while the home route's code loads
 * instead of after. The home's own hooks make the same calls and receive these answers.
 * The payloads must equal theirs (loadMe, getMyTodos): the answer is matched by action and payload.
 */
export function startHomeCalls(launchPath: string | undefined): void {
  if (!opensHome(launchPath)) return;
  callEarly('member.me');
  callEarly('todo.mine', {});
}

/** WeChat gives `pages/home/index`, Taro's H5 router `/pages/home/index` (the home page for `/`). */
const opensHome = (path: string | undefined) => (path ?? '').replace(/^\//, '').split('?')[0] === HOME;
