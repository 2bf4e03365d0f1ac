import { callEarly } from '@/services/cloud';

const HOME = 'pages/home/index';

/**
 * Started at launch when the app opens on the home page, so the calls its first screen waits for
 * run while the home route's code loads instead of after. The home's own hooks make the same calls
 * and receive these answers; the payloads must equal theirs (loadMe, getMyTodos): an answer is
 * matched by action and payload.
 *
 * `member.me` (the greeting, every card) goes alone; 待办, which the home shows without, is asked
 * once it has answered. Two calls at once to `api` need two instances of it, and the second may
 * start cold (CloudBase scales a function per concurrent request); the local cloud, one process,
 * would answer both at half speed. Either way the first screen would wait on the slower of the two.
 */
export function startHomeCalls(launchPath: string | undefined): void {
  if (!opensHome(launchPath)) return;
  const me = callEarly('member.me');
  callEarly('todo.mine', {}, me);
}

/** WeChat gives `pages/home/index`, Taro's H5 router `/pages/home/index` (the home page for `/`). */
const opensHome = (path: string | undefined) => (path ?? '').replace(/^\//, '').split('?')[0] === HOME;
