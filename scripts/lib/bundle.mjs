// Our TypeScript entry points (the local cloud, bench, load) run under plain node as esbuild bundles
// in node_modules/.cache; packages stay external, so node resolves them from node_modules as usual.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './paths.mjs';

/** Bundles `entry` (a path from the repo root) into node_modules/.cache/<cacheDir>/<name>.cjs; answers that file. */
export async function bundleForNode(entry, cacheDir, name) {
  const outfile = join(root, 'node_modules', '.cache', cacheDir, `${name}.cjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** npm run bench / load: bundles `entry`, runs it in a child node (BENCH_ROOT = the repo root) and exits with its status. */
export async function runBundled(entry, cacheDir) {
  const outfile = await bundleForNode(entry, cacheDir, cacheDir);
  const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } });
  process.exit(r.status ?? 1);
}
