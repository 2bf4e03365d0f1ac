/**
 * Bulk import in a real browser: the county uploads a 500-row ledger with 20
 * bad rows on the 批量导入 page, reads the dry run's row-by-row report, imports and gets 480 members.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ledgerRow, ledgerXlsx, type LedgerRow } from '../functions/helpers/import';
import { launchPhone } from './helpers/browser';
import { act, startAppCloud } from './helpers/local-cloud';

jest.setTimeout(300_000);

const ADMIN = 'e2e_admin';
const COUNTY = 'e2e_county';

/** 500 rows; 20 of them bad in the ways the report names (5 + 5 + 5 + 2 + 3). */
function ledger(): LedgerRow[] {
  return Array.from({ length: 500 }, (_, k) => {
    const i = k + 1;
    if (i <= 5) return ledgerRow(i, { 联系电话: `137${i}` });
    if (i <= 10) return ledgerRow(i, { 家乡党小组: '不存在村' });
    if (i <= 15) return ledgerRow(i, { 所在支部: '火星支部' });
    if (i <= 17) return ledgerRow(i, { 联系电话: '13799999999' });
    if (i <= 20) return ledgerRow(i, { 联系电话: `137****${String(i).padStart(4, '0')}` });
    return ledgerRow(i);
  });
}

describe('bulk import (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    lc = await startAppCloud();
    await act(lc, ADMIN, 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' });
    const branch = await act(lc, ADMIN, 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '李书记' });
    await act(lc, ADMIN, 'org.createGroup', { township: '汤山镇', village: '龙井村' });
    await act(lc, ADMIN, 'org.grantRole', { openid: COUNTY, role: 'county' });
    expect((await act(lc, COUNTY, 'org.tree')).branches.find((b: { _id: string }) => b._id === branch._id).memberCount).toBe(0);
    dir = mkdtempSync(join(tmpdir(), 'yzb-import-'));
    writeFileSync(join(dir, '台账.xlsx'), await ledgerXlsx(ledger()));
    browser = await launchPhone();
    await browser.addInitScript(() => {
      const q = new URLSearchParams(location.search);
      if (q.get('as')) localStorage.setItem('devOpenid', q.get('as')!);
    });
    page = await browser.newPage();
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the dry run of a 500-row ledger with 20 bad rows, then imports 480', async () => {
    await page.goto(`${lc.url}/?as=${COUNTY}#/admin/org-import/index`);
    await page.getByText('党员台账', { exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('选择 Excel 文件并预检').click();
    await (await chooser).setFiles(join(dir, '台账.xlsx'));

    await page.getByText('预检报告').waitFor();
    await page.getByText('480 行', { exact: true }).waitFor();
    await page.getByText('20 处', { exact: true }).waitFor();
    // Rows as Excel numbers them: the export's title and header rows come first.
    await page.getByText('联系电话：请输入 11 位手机号（“1371”）').waitFor();
    await page.getByText('家乡党小组：找不到「不存在村」，请先导入该村').first().waitFor();
    await page.getByText('所在支部：找不到「火星支部」，请先新建该支部').first().waitFor();
    await page.getByText('联系电话：与第 19 行手机号相同，请核对后只保留一行').waitFor();
    await page.getByText(/手机号已打码/).first().waitFor();
    expect(await page.getByText('第 3 行', { exact: true }).count()).toBe(1);

    await page.getByText('导入 480 行').click();
    await page.getByText('导入完成：已导入 480 行').waitFor({ timeout: 240_000 });
    const tree = await act(lc, COUNTY, 'org.tree');
    expect(tree.branches[0].memberCount).toBe(480);
    const list = await act(lc, COUNTY, 'member.list', { limit: 1 });
    expect(list.items[0].name).toMatch(/^导入\d{4}$/);
  });
});
