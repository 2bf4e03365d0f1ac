import { spawnSync } from 'node:child_process';
import { root } from './paths.mjs';

/** Runs a command in the repo root, inheriting output; throws on failure so scripts stop early. */
export function run(cmd, args, opts = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  return Date.now() - started;
}

export const taroBuild = (type) => run('npx', ['taro', 'build', '--type', type], { env: { NODE_ENV: 'production' } });
