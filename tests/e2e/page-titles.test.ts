/**
 * Pages name themselves and lead back in the H5 build (Taro's navigation bar, on by
 * `window.navigationStyle: 'default'`): every page of both packages shows its own title; a page
 * reached by a tap has a back button that returns; a page opened directly (a shared link) has a
 * home button instead, since there is nothing behind it.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPhone } from './helpers/browser';
import { startAppCloud } from './helpers/local-cloud';
import { actOn, ADMIN, seedBranchWithMember } from './helpers/seed';

jest.setTimeout(180_000);

const src = path.join(__dirname, '../../src');
const g = globalThis as Record<string, unknown>;
g.defineAppConfig = g.definePageConfig = (config: unknown) => config;
/* eslint-disable @typescript-eslint/no-require-imports -- Taro's compile-time config modules, read with the stand-in globals above */
const app = require(path.join(src, 'app.config')).default as { pages: string[]; subPackages?: { root: string; pages: string[] }[] };
const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
const titleOf = (page: string): string => require(path.join(src, `${page}.config.ts`)).default.navigationBarTitleText;
/* eslint-enable @typescript-eslint/no-require-imports */

const MEMBER = 'titles_wang';

describe('H5 pages name themselves and lead back', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  let loads = 0;

  beforeAll(async () => {
    lc = await startAppCloud();
    await seedBranchWithMember(actOn(lc), { member: { openid: MEMBER } });
    browser = await launchPhone();
    await browser.addInitScript(() => {
      const q = new URLSearchParams(location.search);
      if (q.get('as')) localStorage.setItem('devOpenid', q.get('as')!);
    });
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  const open = (who: string, route: string) => page.goto(`${lc.url}/?as=${who}&v=${++loads}#/${route}`);
  const bar = () => page.locator('#taro-navigation-bar');
  const barTitle = () => bar().locator('.taro-navigation-bar-title');
  const showsTitle = (title: string) => page.waitForFunction((t) => document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent === t, title);

  it('every page shows its own title in a visible bar at the top', async () => {
    const wrong: string[] = [];
    for (const route of pages) {
      await open(route.startsWith('admin/') ? ADMIN : MEMBER, route);
      const title = titleOf(route);
      try {
        await showsTitle(title);
        const box = await bar().boundingBox();
        if (!box || box.y > 1 || box.height < 40) wrong.push(`${route}: bar at ${JSON.stringify(box)}`);
      } catch {
        wrong.push(`${route}: "${(await barTitle().textContent().catch(() => null)) ?? '(no bar)'}" instead of "${title}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a page reached by a tap leads back to the page before it', async () => {
    await open(MEMBER, 'pages/home/index');
    await showsTitle('云支部');
    // The home page is the root: neither back nor home.
    expect(await bar().locator('.taro-navigation-bar-back').isVisible()).toBe(false);
    expect(await bar().locator('.taro-navigation-bar-home').isVisible()).toBe(false);
    await page.getByText('我的档案', { exact: true }).first().click();
    await showsTitle('我的档案');
    await bar().locator('.taro-navigation-bar-back').click();
    await showsTitle('云支部');
    await page.getByText('我的档案', { exact: true }).first().waitFor();
  });

  it('a page opened directly (a shared link) leads home', async () => {
    await open(MEMBER, 'pages/study/index');
    await showsTitle('学习推送');
    expect(await bar().locator('.taro-navigation-bar-back').isVisible()).toBe(false);
    await bar().locator('.taro-navigation-bar-home').click();
    await showsTitle('云支部');
  });
});
