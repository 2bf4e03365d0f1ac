// The local cloud is TypeScript; bundle it once (packages stay external) so plain node runs it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { root } from './paths.mjs';

export async function bundleLocalCloud() {
  const outfile = join(root, 'node_modules', '.cache', 'localcloud', 'main.cjs');
  await build({
    entryPoints: [join(root, 'localcloud', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
