import { spawnSync } from 'node:child_process';
import { root } from './paths.mjs';

/** Runs a command in the repo root, inheriting output; throws on failure so scripts stop early. */
export function run(cmd, args, opts = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  return Date.now() - started;
}

/** Taro builds of one type never run at once on this machine (shared dist folders, 2 cores): flock when there is one. */
const hasFlock = !spawnSync('flock', ['--version'], { stdio: 'ignore' }).error;

/** A production Taro build of `type` (weapp, h5); `env` adds variables (bench's BENCH_BARE_APP baseline page). */
export function taroBuild(type, env = {}) {
  const args = ['npx', 'taro', 'build', '--type', type];
  const [cmd, ...rest] = hasFlock ? ['flock', `/tmp/taro-${type}.lock`, ...args] : args;
  const extra = Object.entries(env).map(([k, v]) => ` ${k}=${v}`).join('');
  console.log(`› taro build --type ${type}${extra}`);
  return run(cmd, rest, { env: { NODE_ENV: 'production', ...env } });
}
