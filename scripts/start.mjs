// npm start: install if needed, build the functions and the H5 app, start the local cloud.
// SKIP_BUILD=1 reuses an existing dist-h5 (handy when only the backend changed).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { root } from './lib/paths.mjs';
import { taroBuild } from './lib/run.mjs';

ensureInstalled();
const { buildFunctions } = await import('./build-functions.mjs');
await buildFunctions();
if (!process.env.SKIP_BUILD || !existsSync(join(root, 'dist-h5', 'index.html'))) taroBuild('h5');
const { bundleLocalCloud } = await import('./lib/localcloud-bundle.mjs');
const main = await bundleLocalCloud();
process.chdir(root);
await import(main);
