import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes under a folder, skipping source maps (they are not shipped to phones). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) return sum + folderBytes(path);
    return name.endsWith('.map') ? sum : sum + st.size;
  }, 0);
}

/**
 * The weapp main package: everything in dist/ except the roots of sub-packages declared in
 * app.json. WeChat caps it at 2 MB, so this is the figure that matters.
 */
export function weappMainPackageBytes(distDir: string): number {
  const appJson = join(distDir, 'app.json');
  if (!existsSync(appJson)) return 0;
  const app = JSON.parse(require('node:fs').readFileSync(appJson, 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => join(distDir, s.root));
  return folderBytes(distDir) - subRoots.reduce((sum, r) => sum + folderBytes(r), 0);
}
