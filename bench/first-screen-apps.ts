import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../localcloud/http/static-files';
import { fnApi } from '../tests/e2e/helpers/process';
import { seedBranchWithMember, type Act } from '../tests/e2e/helpers/seed';
import { startOwnCloud } from './own-cloud';

/** An app to open cold in the browser: where, who is signed in (localStorage), and the text that means its first screen is up. */
export interface ScreenTarget {
  url: string;
  localStorage: Record<string, string>;
  text: string;
  stop(): Promise<void>;
}

const MEMBER = { openid: 'fs_member', name: '首屏党员' };

/**
 * Our H5 app (dist-h5) served by the local cloud as `npm start` runs it (its own process, see
 * startOwnCloud), opened as a joined member: the first screen is the home page greeting him, which
 * needs his `member.me` answer — a real page with data, not a shell. Its timers are off
 * (LOCALCLOUD_TIMERS): on CloudBase the every-minute fan-out and the ten-minute reconciler run in
 * instances of their own, not beside the page on the phone's (here: the browser's) cores.
 */
export async function startOurApp(): Promise<ScreenTarget> {
  const own = await startOwnCloud('yzb-first-screen-', { LOCALCLOUD_TIMERS: 'off' });
  const stop = () => own.stop().finally(() => rmSync(own.dataDir, { recursive: true, force: true }));
  try {
    const call: Act = async (openid, action, payload) => {
      const r = await fnApi(own.url, openid, action, payload);
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
      return r.data;
    };
    await seedBranchWithMember(call, { member: { openid: MEMBER.openid, profile: { name: MEMBER.name } } });
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { url: `${own.url}/`, localStorage: { devOpenid: MEMBER.openid, devName: MEMBER.name }, text: `你好，${MEMBER.name}`, stop };
}

/** The bare Taro page (bench/bare-app/dist-bare) from a plain static server with the local cloud's file handler. */
export async function startBareApp(root: string): Promise<ScreenTarget> {
  const dir = join(root, 'bench', 'bare-app', 'dist-bare');
  const server = createServer((req, res) => {
    if (!serveStatic(dir, new URL(req.url ?? '/', 'http://local').pathname, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    localStorage: {},
    text: '空白页已显示',
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
