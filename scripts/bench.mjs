// npm run bench: build what is measured (the weapp, the H5 app, the bare Taro baseline page and the
// cloud functions), then run bench/bench.ts (bundled by esbuild).
import { build } from 'esbuild';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { root } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

/** Taro builds of one type never run at once on this machine (shared dist folders, 2 cores): flock when there is one. */
const hasFlock = !spawnSync('flock', ['--version'], { stdio: 'ignore' }).error;
function taroBuild(type, env = {}) {
  const args = ['npx', 'taro', 'build', '--type', type];
  const [cmd, ...rest] = hasFlock ? ['flock', `/tmp/taro-${type}.lock`, ...args] : args;
  console.log(`› taro build --type ${type}${env.BENCH_BARE_APP ? ' (the bare baseline page)' : ''}`);
  run(cmd, rest, { env: { NODE_ENV: 'production', ...env } });
}

ensureInstalled();
ensureChromium();
const { buildFunctions } = await import('./build-functions.mjs');
await buildFunctions();
if (!process.env.SKIP_BUILD) {
  taroBuild('weapp');
  taroBuild('h5');
}
// The first-screen baseline is always built in the same run, by the app's own config (config/index.ts).
taroBuild('h5', { BENCH_BARE_APP: '1' });
const outfile = join(root, 'node_modules', '.cache', 'bench', 'bench.cjs');
await build({ entryPoints: [join(root, 'bench', 'bench.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning' });
const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } });
process.exit(r.status ?? 1);
