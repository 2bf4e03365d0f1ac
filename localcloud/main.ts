/**
 * CLI: `PORT=8787 LOCALCLOUD_DATA=.localcloud/ node <bundle of this file>`, run from the repo root.
 * Serves dist-h5 and runs cloudfunctions/<fn>/index.js; Ctrl-C flushes storage and exits.
 */
import './env/module-paths'; // must stay first: makes external packages resolvable from a temp bundle
import * as path from 'node:path';
import { startLocalCloud } from './server';

async function main() {
  const root = process.cwd();
  const port = Number(process.env.PORT ?? 8787);
  const cloud = await startLocalCloud({
    port,
    host: '127.0.0.1',
    dataDir: path.resolve(root, process.env.LOCALCLOUD_DATA ?? '.localcloud/'),
    functionsDir: path.join(root, 'cloudfunctions'),
    h5Dir: path.join(root, 'dist-h5'),
    publicUrl: process.env.LOCALCLOUD_PUBLIC_URL,
    // `LOCALCLOUD_TIMERS=off`: no config.json timer runs by itself (POST /timer/<name> still fires one).
    timers: process.env.LOCALCLOUD_TIMERS !== 'off',
  });
  console.log(`云支部 local cloud ready: ${cloud.url}/`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error('[localcloud] failed to start:', e);
  process.exit(1);
});
