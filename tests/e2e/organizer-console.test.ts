/**
 * The organiser console in a real browser: over a generated county the
 * 组织部 opens 数据看板 — the figures match the seeded data and the F2 chart has painted its
 * canvas — then exports the 台账, waits for the job and downloads the .xlsx, read back with exceljs.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { generateCounty, loadCounty, type CountySeed } from '../../bench/seed-county';
import { localSdkDb } from '../../localcloud/sdk-db';
import { ledgerColumns } from '../../src/domain/ledger/ledger-columns.rules';
import { monthOf, shiftMonth } from '../../src/domain/study/calendar.rules';
import { col, parseLedger } from '../functions/helpers/ledger-export';
import { dashTile, launchPhone, waitForChartInk } from './helpers/browser';
import { startAppCloud } from './helpers/local-cloud';

jest.setTimeout(120_000);

const shots = join(__dirname, '__output__');
const MEMBERS = 300;

describe('the organiser console: dashboard and ledger export (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  let seed: CountySeed;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
    // Seen now, so the page's default month (this one) holds the seeded check-ins and contacts.
    seed = generateCounty({ members: MEMBERS, now: Date.now() });
    const db = localSdkDb();
    await loadCounty(db, seed);
    await db.collection('config').add({ data: { _id: 'county', name: '石阡县', createdAt: 0, createdBy: 'seed_sysadmin' } });

    browser = await launchPhone();
    await browser.addInitScript((openid) => localStorage.setItem('devOpenid', openid), seed.organisers.county);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  const tile = (label: string) => dashTile(page, label);

  it('shows the county figures and draws the chart', async () => {
    await page.goto(`${lc.url}/#/pages/dashboard/index`);
    await tile('直接管理党员').waitFor();

    const lost = seed.members.filter((m) => m.status === '失联').length;
    expect(lost).toBeGreaterThan(0);
    expect(await tile('直接管理党员').textContent()).toBe(String(MEMBERS));
    expect(await tile('失联党员').textContent()).toBe(String(lost));
    expect(await tile('流动党委').textContent()).toBe(String(seed.branches.filter((b) => b.kind === '流动党委').length));
    expect(await tile('网上党小组').textContent()).toBe(String(seed.groups.length));
    expect(await tile('已结对党员').textContent()).toBe(String(seed.pairings.length));
    // The chart's accessible label names the biggest city with its count.
    const byCity = new Map<string, number>();
    for (const m of seed.members) byCity.set(m.city, (byCity.get(m.city) ?? 0) + 1);
    const [topCity, topCount] = [...byCity].sort((a, b) => b[1] - a[1])[0];
    expect(await page.locator('#dash-cities').getAttribute('aria-label')).toContain(`${topCity}${topCount}人`);

    // Wait until the canvas has a real amount of ink on it: bars and labels of a dozen cities cover
    // well over 2% of the surface; an empty or blank canvas none.
    expect(await waitForChartInk(page, 'canvas#dash-cities', { minShare: 1 / 50 })).toBeGreaterThan(0);

    // Last month: its two county pushes are out, so the study rate has figures (and the rate chart bars).
    await page.locator('.cal-nav', { hasText: '‹' }).first().click();
    const lastMonth = shiftMonth(monthOf(Date.now()), -1);
    await page.getByText(lastMonth, { exact: true }).waitFor();
    const pushIds = new Set(seed.pushes.filter((p) => p.month === lastMonth).map((p) => p._id));
    const done = seed.checkins.filter((c) => pushIds.has(c.pushId)).length;
    await page.getByText(`${pushIds.size} 期 · ${done}/${MEMBERS * pushIds.size}`, { exact: true }).waitFor();
    expect(pushIds.size).toBe(2);
    // The app scrolls inside its own container: bring the chart into the viewport for the picture.
    await page.locator('#dash-cities').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'dashboard.png') });
  });

  it('exports the whole county and downloads the .xlsx', async () => {
    await page.goto(`${lc.url}/#/admin/ledger-export/index`);
    await page.getByText('导出 Excel', { exact: true }).click();
    const download = page.getByText('下载 / 打开 Excel', { exact: true });
    await download.waitFor({ timeout: 60_000 });
    await page.getByText(`已处理 ${MEMBERS} / ${MEMBERS} 人`, { exact: false }).waitFor();
    await download.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'ledger-export.png') });

    // The H5 button opens the temporary link in a new tab; Chromium reports the download on this page.
    const downloaded = page.waitForEvent('download');
    await download.click();
    const file = await downloaded;
    // Saved under the ledger's name the page shows, not the storage path's timestamp.
    expect(file.suggestedFilename()).toMatch(/^石阡县流动党员管理台账-\d{8}-\d{4}\.xlsx$/);
    await page.locator('.row-value', { hasText: file.suggestedFilename() }).waitFor();
    const path = await file.path();

    const ledger = await parseLedger(readFileSync(path));
    expect(ledger.sheetName).toBe('流动党员管理台账');
    expect(ledger.title).toContain('石阡县');
    expect(ledger.headers).toEqual(ledgerColumns.map((c) => c.header));

    const rows = ledger.rows;
    expect(rows).toHaveLength(MEMBERS);
    const sorted = (xs: unknown[]) => xs.map(String).sort();
    expect(sorted(rows.map((r) => r[col('姓名')]))).toEqual(sorted(seed.members.map((m) => m.name)));
    // The 组织部 manages every member: phones in full.
    expect(sorted(rows.map((r) => r[col('联系电话')]))).toEqual(sorted(seed.members.map((m) => m.phone)));
  });
});
