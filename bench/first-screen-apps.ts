import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../localcloud/http/static-files';
import { bundleLocalCloud, fnApi, spawnLocalCloud } from '../tests/e2e/helpers/process';

/** An app to open cold in the browser: where, who is signed in (localStorage), and the text that means its first screen is up. */
export interface ScreenTarget {
  url: string;
  localStorage: Record<string, string>;
  text: string;
  stop(): Promise<void>;
}

const MEMBER = { openid: 'fs_member', name: '首屏党员' };

/**
 * Our H5 app (dist-h5) served by the local cloud as `npm start` runs it (its own process; the api
 * bundle keeps the county in module scope, so it must not share this process's other clouds),
 * opened as a joined member: the first screen is the home page greeting him, which needs his
 * `member.me` answer — a real page with data, not a shell.
 */
export async function startOurApp(): Promise<ScreenTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-first-screen-'));
  const { proc, url } = await spawnLocalCloud(bundleLocalCloud(), 0, dataDir);
  const stop = async () => {
    if (proc.exitCode === null) await new Promise((resolve) => proc.once('exit', resolve).kill('SIGTERM'));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const call = async (openid: string, action: string, payload: unknown) => {
      const r = await fnApi(url, openid, action, payload);
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
      return r.data;
    };
    await call('fs_admin', 'admin.bootstrap', { countyName: '首屏县', adminName: '管理员' });
    const branch = await call('fs_admin', 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '王书记' });
    const group = await call('fs_admin', 'org.createGroup', { township: '城关镇', village: '东村' });
    const { scene } = await call('fs_admin', 'branch.qrcode', { branchId: branch._id });
    await call(MEMBER.openid, 'member.join', { scene, groupId: group._id, name: MEMBER.name, gender: '男', phone: '13900000009', city: '杭州' });
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `${url}/`, localStorage: { devOpenid: MEMBER.openid, devName: MEMBER.name }, text: `你好，${MEMBER.name}`, stop };
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
