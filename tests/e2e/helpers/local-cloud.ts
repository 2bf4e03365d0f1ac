import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functionOf } from '../../../src/contracts/functions';
import { startLocalCloud, type LocalCloud } from '../../../localcloud/server';

const root = join(__dirname, '..', '..', '..');

/** The local cloud serving the built H5 app from a throw-away data folder. */
export async function startAppCloud(): Promise<LocalCloud & { dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-e2e-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions'), h5Dir: join(root, 'dist-h5') });
  return Object.assign(lc, {
    async dispose() {
      await lc.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export async function act<T = any>(lc: LocalCloud, openid: string, action: string, payload: unknown = {}): Promise<T> {
  const res = (await lc.invoke(functionOf(action), { action, payload }, { openid })) as { ok: boolean; data: T; error?: unknown };
  if (!res.ok) throw new Error(`${action} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}
