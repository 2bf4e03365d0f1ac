// Browser tests drive Debian's chromium (nothing downloads a browser at run time). Install it
// with apt-get when it is absent; CI and developer machines run as root.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('› installing chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-wqy-zenhei'], { stdio: 'inherit', env });
  if (r.status !== 0 || !existsSync(CHROMIUM)) throw new Error('could not install chromium with apt-get');
}
