// npm run bench: build what is measured (the weapp, the H5 app, the bare Taro baseline page and the
// cloud functions), then run bench/bench.ts (bundled by esbuild).
import { ensureInstalled } from './lib/ensure-install.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { runBundled } from './lib/bundle.mjs';
import { taroBuild } from './lib/run.mjs';

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
await runBundled('bench/bench.ts', 'bench');
