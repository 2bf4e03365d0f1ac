// npm run bench: build what is measured, then run bench/bench.ts (bundled by esbuild).
import { build } from 'esbuild';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { root } from './lib/paths.mjs';
import { taroBuild } from './lib/run.mjs';

ensureInstalled();
const { buildFunctions } = await import('./build-functions.mjs');
await buildFunctions();
if (!process.env.SKIP_BUILD) {
  taroBuild('weapp');
  taroBuild('h5');
}
const outfile = join(root, 'node_modules', '.cache', 'bench', 'bench.cjs');
await build({ entryPoints: [join(root, 'bench', 'bench.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning' });
const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } });
process.exit(r.status ?? 1);
