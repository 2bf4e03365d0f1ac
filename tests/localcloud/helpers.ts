import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../localcloud/server';

export const FIXTURES = path.join(__dirname, 'fixtures');

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-test-'));
}

export async function start(opts: Partial<LocalCloudOptions> = {}): Promise<LocalCloud & { dataDir: string }> {
  const dataDir = opts.dataDir ?? tempDir();
  const cloud = await startLocalCloud({ port: 0, dataDir, functionsDir: FIXTURES, timers: false, ...opts });
  return Object.assign(cloud, { dataDir });
}

type Reply = { ok: boolean; data?: any; error?: { errCode: number; errMsg: string; message: string; code?: string } };

/** Runs one fixture op through the real SDK as `openid`. */
export function op(cloud: LocalCloud, event: Record<string, unknown>, openid = 'o_test'): Promise<Reply> {
  return cloud.invoke('db', event, { openid }) as Promise<Reply>;
}

export async function ok(cloud: LocalCloud, event: Record<string, unknown>, openid?: string): Promise<any> {
  const r = await op(cloud, event, openid);
  if (!r.ok) throw new Error(`op ${event.op} failed: ${JSON.stringify(r.error)}`);
  return r.data;
}

/** Runs one storage / content-security op of the `files` fixture through the real SDK as `openid`. */
export function fileOp(cloud: LocalCloud, event: Record<string, unknown>, openid = 'o_test'): Promise<Reply> {
  return cloud.invoke('files', event, { openid }) as Promise<Reply>;
}
