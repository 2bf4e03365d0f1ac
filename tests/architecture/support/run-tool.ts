import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '../../..');

/** Runs a dev tool's own CLI with node (no shell, no npx lookup) and parses its JSON report. */
export function runJsonTool<T>(bin: string, args: string[], cwd = root): T {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', bin), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`${bin} gave no JSON report (exit ${r.status}): ${r.stderr || r.stdout}`);
  }
}
