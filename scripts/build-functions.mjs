// Bundles each cloud function's src/index.ts into <fn>/index.js with esbuild. wx-server-sdk stays
// external (installed by the platform from <fn>/package.json); src/domain and cloudfunctions/shared
// (code two functions use, imported as @shared/...) are inlined into each bundle, never copied.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fnRoot = join(root, 'cloudfunctions');

/**
 * zod re-exports every locale as `z.locales` (about 350 KB of the api bundle); nothing here calls
 * `z.config(z.locales.…())` — messages people see are our own Chinese ones — so the namespace is
 * bundled empty (zod still loads its default `en` directly).
 */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/]index\.(c?js)$|^\.\.\/locales\/index\.(c?js)$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Minified by default (a cold start parses the whole bundle); `--no-minify` for reading a stack.
 * Packages resolve to their CommonJS builds (esbuild's default for node): taking ESM entry points
 * first evaluated every module at load (exceljs too) and made the local cloud's open-API calls
 * time out in the tests, for ~0.1 MB less.
 */
export async function buildFunctions({ minify = true, outDir = null, entries = null } = {}) {
  // `entries` ({ name: entry file }) bundles other entry points the same way (the bench's "before" bundle).
  const sources = entries ?? Object.fromEntries(readdirSync(fnRoot).filter((n) => existsSync(join(fnRoot, n, 'src', 'index.ts'))).map((n) => [n, join(fnRoot, n, 'src', 'index.ts')]));
  const names = Object.keys(sources);
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [sources[name]],
        outfile: outDir ? join(outDir, `${name}.js`) : join(fnRoot, name, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16', // WeChat cloud's Node runtime; keeps the bundle valid there
        format: 'cjs',
        external: ['wx-server-sdk'],
        alias: { '@': join(root, 'src'), '@shared': join(fnRoot, 'shared') },
        minify,
        keepNames: true,
        charset: 'utf8', // Chinese strings as UTF-8, not \uXXXX escapes (twice the bytes)
        plugins: [noZodLocales],
        sourcemap: false,
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  );
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (flag) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
  // `--entry name=file`: bundle that file alone (as `name`) instead of every function.
  const entry = arg('--entry')?.split('=');
  const names = await buildFunctions({ minify: !process.argv.includes('--no-minify'), outDir: arg('--outdir') ?? null, entries: entry ? { [entry[0]]: entry[1] } : null });
  console.log(`built cloud functions: ${names.join(', ')}`);
}
