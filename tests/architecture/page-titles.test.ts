/**
 * Every page names itself: WeChat shows `navigationBarTitleText` in its own bar, and the H5 build
 * shows it in Taro's bar, turned on by `window.navigationStyle: 'default'` (the browser test
 * tests/e2e/page-titles.test.ts checks the bar and its way back).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const src = path.join(__dirname, '../../src');
const g = globalThis as Record<string, unknown>;
g.defineAppConfig = g.definePageConfig = (config: unknown) => config;

interface AppConfig {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  window: { navigationStyle?: string; navigationBarTitleText?: string };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the configs are Taro's compile-time modules, read here with the stand-in globals above
const app = require(path.join(src, 'app.config')).default as AppConfig;
const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];

it('lists the pages of both packages', () => {
  expect(pages.length).toBeGreaterThan(30);
  expect(pages).toContain('pages/home/index');
});

it('turns the navigation bar on (Taro shows it on H5 only for the default style)', () => {
  expect(app.window.navigationStyle).toBe('default');
});

it.each(pages)('%s has a Chinese title of its own', (page) => {
  const file = path.join(src, `${page}.config.ts`);
  expect(existsSync(file)).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  const title = (require(file).default as { navigationBarTitleText?: string }).navigationBarTitleText;
  expect(title).toMatch(/^[\u4e00-\u9fa5][^a-zA-Z]*$/);
});
