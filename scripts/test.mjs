// npm test: install if needed, build what the tests load (function bundles, weapp and H5 builds),
// make sure Debian's chromium is there for the browser tests, then run every jest project.
// The summary reporter prints the closing "N passed, N failed" line CI reads.
import { ensureInstalled } from './lib/ensure-install.mjs';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { root } from './lib/paths.mjs';
import { taroBuild } from './lib/run.mjs';
import { spawnSync } from 'node:child_process';

ensureInstalled();
const { buildFunctions } = await import('./build-functions.mjs');
await buildFunctions();
const extra = process.argv.slice(2);
// `npm run test:security` and the like select projects: build the apps only for those that load them.
const at = extra.indexOf('--selectProjects');
const selected = at < 0 ? null : extra.slice(at + 1).filter((a) => !a.startsWith('-'));
const loadsApps = !selected || selected.some((p) => p === 'weapp' || p === 'e2e');
if (loadsApps && !process.env.SKIP_BUILD) {
  taroBuild('weapp');
  taroBuild('h5');
}
if (loadsApps) ensureChromium();
const r = spawnSync('npx', ['jest', '--maxWorkers=2', ...extra], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
