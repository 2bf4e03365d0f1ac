// npm run load: installs if needed, builds the cloud functions, then runs bench/load/main.ts
// (bundled by esbuild): 200 members against a local cloud process of its own on 127.0.0.1.
import { build } from 'esbuild';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { root } from './lib/paths.mjs';

ensureInstalled();
// Other test runs may rebuild the bundles at the same moment: build under the shared lock when flock exists.
const locked = spawnSync('flock', ['/tmp/fn.lock', process.execPath, join(root, 'scripts', 'build-functions.mjs')], { cwd: root, stdio: 'inherit' });
if (locked.error) {
  const { buildFunctions } = await import('./build-functions.mjs');
  await buildFunctions();
} else if (locked.status !== 0) {
  process.exit(locked.status ?? 1);
}
const outfile = join(root, 'node_modules', '.cache', 'load', 'load.cjs');
await build({ entryPoints: [join(root, 'bench', 'load', 'main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning' });
const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } });
process.exit(r.status ?? 1);
