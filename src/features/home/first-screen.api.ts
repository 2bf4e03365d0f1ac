import { callEarly } from '@/services/cloud';

const HOME = 'pages/home/index';

/**
 * H5: started at launch when the app opens on the home page, so the calls its first screen waits for
 * run while the home route's code loads instead of after. The home's own hooks make the same calls
 * and receive these answers; the payloads must equal theirs (loadMe, getMyTodos): an answer is
 * matched by action and payload.
 *
 * `member.me` (the greeting, every card) goes alone; 待办, which the home shows without, is asked
 * once it has answered: the local cloud H5 talks to is one process, and two calls at once would
 * each answer at half speed, the first screen waiting on the slower.
 *
 * `member.me` is usually on its way already: the H5 index.html sends it from its head
 * (config/launch-request-script.ts, HOME_FIRST_REQUEST) and `callEarly` adopts that response.
 */
export function startHomeCalls(launchPath: string | undefined): void {
  if (!opensHome(launchPath)) return;
  const me = callEarly('member.me');
  callEarly('todo.mine', {}, me);
}

/** WeChat gives `pages/home/index`, Taro's H5 router `/pages/home/index` (the home page for `/`). */
const opensHome = (path: string | undefined) => (path ?? '').replace(/^\//, '').split('?')[0] === HOME;
