import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functionBundleSizes, h5Sizes, largestMainModules, weappSizes } from '../../bench/sizes';
import { markdownTable, writeBenchmarksSection } from '../../bench/benchmarks-doc';

/** The bench's size figures and its writer of docs/benchmarks.md, on folders made here with known byte counts. */
describe('bench sizes', () => {
  let dir: string;
  const put = (path: string, bytes: number) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'x'.repeat(bytes));
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'yzb-sizes-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('splits the weapp into main package and sub-packages, maps not counted', () => {
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ subPackages: [{ root: 'pages/dashboard' }] }));
    const appJson = readFileSync(join(dir, 'app.json')).length;
    put('app.js', 2048 - appJson);
    put('app.js.map', 9999);
    put('pages/dashboard/index.js', 1024);
    expect(weappSizes(dir)).toEqual({ totalKB: 3, mainKB: 2, subPackagesKB: { 'pages/dashboard': 1 } });
  });

  it('ranks the main package\'s modules by package or source file, leaving sub-packages out', () => {
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ subPackages: [{ root: 'admin' }] }));
    const stats = {
      chunks: [
        { files: ['vendors.js'], modules: [{ name: './node_modules/zod/v4/core/schemas.js', bytes: 3072 }, { name: './node_modules/zod/v4/classic/schemas.js', bytes: 1024 }, { name: './node_modules/@tarojs/runtime/dist/index.js', bytes: 2048 }] },
        { files: ['pages/home/index.js'], modules: [{ name: './src/pages/home/index.tsx', bytes: 1024 }] },
        { files: ['admin/sub-vendors.js'], modules: [{ name: './node_modules/qrcode/lib/index.js', bytes: 99999 }] },
      ],
    };
    writeFileSync(join(dir, 'stats.json'), JSON.stringify(stats));
    expect(largestMainModules(join(dir, 'stats.json'), dir, 2)).toEqual([
      { module: 'zod', sourceKB: 4 },
      { module: '@tarojs/runtime', sourceKB: 2 },
    ]);
    expect(largestMainModules(join(dir, 'missing.json'), dir)).toEqual([]);
  });

  it('counts what index.html loads first as the H5 entry, not the route files it preloads', () => {
    writeFileSync(join(dir, 'index.html'), '<script>inline()</script><script defer src="/js/a.js"></script><script defer="defer" src="/js/app.js"></script><link href="/css/app.css" rel="stylesheet"><link rel="preload" as="script" href="/js/lazy-page.js"><link rel="preload" as="style" href="/css/lazy-page.css">');
    put('js/a.js', 1024);
    put('js/app.js', 2048);
    put('js/lazy-page.js', 4096);
    put('css/app.css', 512);
    put('css/lazy-page.css', 2048);
    const h5 = h5Sizes(dir);
    expect(h5).toMatchObject({ entryJsKB: 3, entryCssKB: 0.5, entryFiles: ['/js/a.js', '/js/app.js', '/css/app.css'] });
    expect(h5.totalKB).toBeGreaterThan(9.5);
  });

  it('measures each function bundle that has sources', () => {
    put('api/src/index.ts', 10);
    put('api/index.js', 3072);
    put('cron-x/src/index.ts', 10);
    put('cron-x/index.js', 1024);
    put('not-a-function/readme.md', 10);
    expect(functionBundleSizes(dir)).toEqual({ api: 3, 'cron-x': 1 });
  });

  it('rewrites only its own section of docs/benchmarks.md, and refuses a file without it', () => {
    mkdirSync(join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, 'docs/benchmarks.md'), 'intro\n<!-- load:start -->\nold\n<!-- load:end -->\nafter\n');
    writeBenchmarksSection(dir, 'load', markdownTable(['a', 'b'], [[1, '$&']]));
    expect(readFileSync(join(dir, 'docs/benchmarks.md'), 'utf8')).toBe('intro\n<!-- load:start -->\n| a | b |\n| --- | --- |\n| 1 | $& |\n<!-- load:end -->\nafter\n');
    expect(() => writeBenchmarksSection(dir, 'bench', 'x')).toThrow(/no <!-- bench:start -->/);
  });
});
