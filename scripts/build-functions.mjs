// Bundles each cloud function's src/index.ts into <fn>/index.js with esbuild. wx-server-sdk stays
// external (installed by the platform from <fn>/package.json); src/domain and cloudfunctions/shared
// (code two functions use, imported as @shared/...) are inlined into each bundle, never copied.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fnRoot = join(root, 'cloudfunctions');

export async function buildFunctions({ minify = false } = {}) {
  const names = readdirSync(fnRoot).filter((n) => existsSync(join(fnRoot, n, 'src', 'index.ts')));
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(fnRoot, name, 'src', 'index.ts')],
        outfile: join(fnRoot, name, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16', // WeChat cloud's Node runtime; keeps the bundle valid there
        format: 'cjs',
        external: ['wx-server-sdk'],
        alias: { '@': join(root, 'src'), '@shared': join(fnRoot, 'shared') },
        minify,
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  );
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = await buildFunctions({ minify: process.argv.includes('--minify') });
  console.log(`built cloud functions: ${names.join(', ')}`);
}
