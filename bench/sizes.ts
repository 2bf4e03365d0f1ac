import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The weapp main package every member downloads before the first screen. `limitKB` is issue #15's
 * acceptance line (tests/weapp/package-size.test.ts fails above it); `goalKB` keeps 30 KB of room
 * under it for the next member pages, and the bench reports against both (docs/decisions/size.md).
 */
export const mainPackageBudget = { limitKB: 450, goalKB: 420 } as const;

/** KB with one decimal, as docs/benchmarks.md shows sizes. */
export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Total bytes under a folder, skipping source maps (they are not shipped to phones). */
function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) return sum + folderBytes(path);
    return name.endsWith('.map') ? sum : sum + st.size;
  }, 0);
}

const fileBytes = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** The sub-package roots declared in the weapp's app.json. */
function subPackageRoots(distDir: string): string[] {
  const appJson = join(distDir, 'app.json');
  if (!existsSync(appJson)) return [];
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root);
}

/**
 * The weapp main package: everything in dist/ except the roots of sub-packages declared in
 * app.json. WeChat caps it at 2 MB, so this is the figure that matters.
 */
function weappMainPackageBytes(distDir: string): number {
  return folderBytes(distDir) - subPackageRoots(distDir).reduce((sum, r) => sum + folderBytes(join(distDir, r)), 0);
}

/** The weapp build: all of it, the main package and each sub-package (WeChat: 2 MB each, 20 MB in all). */
export function weappSizes(distDir: string) {
  return {
    totalKB: kb(folderBytes(distDir)),
    mainKB: kb(weappMainPackageBytes(distDir)),
    subPackagesKB: Object.fromEntries(subPackageRoots(distDir).map((r) => [r, kb(folderBytes(join(distDir, r)))])),
  };
}

/** The H5 build: all files, and what index.html loads before the first page can render (its scripts and stylesheets). */
export function h5Sizes(distDir: string) {
  const html = existsSync(join(distDir, 'index.html')) ? readFileSync(join(distDir, 'index.html'), 'utf8') : '';
  const local = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]).filter((src) => src.startsWith('/'));
  const js = local(/<script[^>]*\ssrc="([^"]+)"/g);
  // Stylesheets only: the route files index.html preloads (config/route-preload-plugin.ts) are counted with the route.
  const css = local(/<link(?![^>]*rel="?preload)[^>]*\shref="([^"]+\.css)"/g);
  const sum = (paths: string[]) => kb(paths.reduce((s, p) => s + fileBytes(join(distDir, p)), 0));
  return { totalKB: kb(folderBytes(distDir)), entryJsKB: sum(js), entryCssKB: sum(css), entryFiles: [...js, ...css] };
}

/** Each cloud function's bundle (<fn>/index.js, what esbuild makes of <fn>/src). */
export function functionBundleSizes(functionsDir: string): Record<string, number> {
  const names = readdirSync(functionsDir).filter((n) => existsSync(join(functionsDir, n, 'src', 'index.ts'))).sort();
  return Object.fromEntries(names.map((n) => [n, kb(fileBytes(join(functionsDir, n, 'index.js')))]));
}

interface BuildStats {
  chunks: { files: string[]; modules: { name: string; bytes: number }[] }[];
}

/** A module's package (node_modules/<pkg> or @scope/pkg), or its source path. */
const moduleOwner = (name: string) => name.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? name.replace(/^\.\//, '');

/**
 * The main package's largest contributors, from the module list the weapp build writes
 * (config/module-sizes-plugin.ts → .build-stats/weapp.json): source bytes per package or source
 * file, over the output files outside the sub-package roots. Before minifying, so they rank
 * rather than add up to mainKB.
 */
export function largestMainModules(statsFile: string, distDir: string, top = 15): { module: string; sourceKB: number }[] {
  if (!existsSync(statsFile)) return [];
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats;
  const roots = subPackageRoots(distDir).map((r) => r.replace(/\/?$/, '/'));
  const bytes = new Map<string, number>();
  for (const chunk of stats.chunks) {
    if (!chunk.files.some((f) => !roots.some((r) => f.startsWith(r)))) continue;
    for (const m of chunk.modules) bytes.set(moduleOwner(m.name), (bytes.get(moduleOwner(m.name)) ?? 0) + m.bytes);
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([module, b]) => ({ module, sourceKB: kb(b) }));
}

/** The files an H5 route fetches when opened (its chunk group in .build-stats/h5.json), with their bytes. */
export function h5RouteFiles(statsFile: string, distDir: string, route: string): { files: number; KB: number } | null {
  if (!existsSync(statsFile)) return null;
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { groups?: { requests: string[]; files: string[] }[] };
  const group = stats.groups?.find((g) => g.requests.some((r) => r.replace(/^\.\//, '') === route));
  if (!group) return null;
  const js = group.files.filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  return { files: js.length, KB: kb(js.reduce((s, f) => s + fileBytes(join(distDir, f)), 0)) };
}
