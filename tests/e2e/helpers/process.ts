import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** Bundles localcloud/main.ts exactly as `npm start` does (scripts/lib is ESM, so in a child node). */
export function bundleLocalCloud(): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./scripts/lib/localcloud-bundle.mjs'); console.log(await m.bundleLocalCloud())"], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the local cloud failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').pop()!;
}

/**
 * Starts the local cloud as `npm start` does (the esbuild bundle of localcloud/main.ts) in its own
 * process, and resolves with its URL once it prints the ready line.
 */
export async function spawnLocalCloud(bundle: string, port: number, dataDir: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOCALCLOUD_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`local cloud did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/ready: (http:\/\/\S+?)\/?\s/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`local cloud exited (${code}):\n${out}`)));
  });
  return { proc, url };
}

/** POST /fn/api as a dev user, the way the H5 app and outside clients call it. */
export async function fnApi(url: string, openid: string | null, action: string, payload: unknown = {}) {
  const res = await fetch(`${url}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) },
    body: JSON.stringify({ action, payload }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { result: any }).result;
}

export const freePort = () => 20000 + Math.floor(Math.random() * 20000);
