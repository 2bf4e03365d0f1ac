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
 * process, and resolves with its URL once it prints the ready line. Port 0: any free port (the URL
 * tells which). `env` adds to this process's environment for the child only.
 */
export async function spawnLocalCloud(bundle: string, port: number, dataDir: string, env: Record<string, string> = {}): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), LOCALCLOUD_DATA: dataDir },
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

/** POSTs a JSON body to the local cloud at `url`, as dev user `openid` when given; rejects on any status but 200. */
export async function postJson(url: string, path: string, body: unknown, openid?: string | null): Promise<any> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** POST /fn/api as a dev user, the way the H5 app and outside clients call it: the action's envelope. */
export async function fnApi(url: string, openid: string | null, action: string, payload: unknown = {}) {
  return ((await postJson(url, '/fn/api', { action, payload }, openid)) as { result: any }).result;
}

export const freePort = () => 20000 + Math.floor(Math.random() * 20000);
