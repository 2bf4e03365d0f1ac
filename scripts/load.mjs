// npm run load: installs if needed, builds the cloud functions, then runs bench/load/main.ts
// (bundled by esbuild): 200 members against a local cloud process of its own on 127.0.0.1.
import { ensureInstalled } from './lib/ensure-install.mjs';
import { runBundled } from './lib/bundle.mjs';

ensureInstalled();
const { buildFunctions } = await import('./build-functions.mjs');
await buildFunctions();
await runBundled('bench/load/main.ts', 'load');
