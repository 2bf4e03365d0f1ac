import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLocalCloud, spawnLocalCloud } from '../tests/e2e/helpers/process';

export interface OwnCloud {
  url: string;
  /** The temp data folder (`tmpPrefix`…); the caller reads it back and removes it. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A local cloud of our own: `npm start`'s bundle in its own process, on 127.0.0.1, a temp data
 * folder. Its own process, because the api bundle keeps the county in module scope: it must not
 * share the bench process's other clouds.
 */
export async function startOwnCloud(tmpPrefix: string, env: Record<string, string> = {}): Promise<OwnCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), tmpPrefix));
  const { proc, url } = await spawnLocalCloud(bundleLocalCloud(), 0, dataDir, env);
  return { url, dataDir, stop: () => stopCleanly(proc) };
}

/** SIGTERM: the local cloud compacts its store and exits; the data folder is then complete. */
function stopCleanly(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error('the local cloud did not stop within 30 s'));
    }, 30_000);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`the local cloud exited with ${code}`));
    });
    proc.kill('SIGTERM');
  });
}
