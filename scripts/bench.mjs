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
// BENCH_SECTIONS=a,b measures only those sections (bench/bench-sections.ts): the apps are built
// only when a section that reads them runs.
const sections = process.env.BENCH_SECTIONS?.split(',').map((s) => s.trim());
const needsApps = !sections || sections.includes('sizes') || sections.includes('firstScreen');
if (!process.env.SKIP_BUILD && needsApps) {
  taroBuild('weapp');
  taroBuild('h5');
}
// The first-screen baseline is always built in the same run as the first screen, by the app's own config (config/index.ts),
// and in a run of the sizes section, which reports its entry beside the app's (without it the table read 0 KB).
if (!sections || sections.includes('firstScreen') || sections.includes('sizes')) taroBuild('h5', { BENCH_BARE_APP: '1' });
await runBundled('bench/bench.ts', 'bench');
