/**
 * 关怀帮扶 in a real browser: a member files a difficulty in the H5 app; his branch secretary takes
 * it through the function (assign, accept, work, resolve); the member sees it resolved, with the
 * secretary's notes in the timeline.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { dayOf } from '../../src/domain/shared/day.rules';
import { launchPhone } from './helpers/browser';
import { act, startAppCloud } from './helpers/local-cloud';
import { actOn, seedBranchWithMember } from './helpers/seed';

jest.setTimeout(120_000);

const shots = join(__dirname, '__output__');
const MEMBER = 'dev_member_care';
const SECRETARY = 'dev_secretary_li';

describe('care: file a difficulty and see it resolved (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
    await seedBranchWithMember(actOn(lc), { member: { openid: MEMBER }, grants: [{ openid: SECRETARY, role: 'secretary' }] });

    browser = await launchPhone();
    await browser.addInitScript((openid) => localStorage.setItem('devOpenid', openid), MEMBER);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  it('files a difficulty from the 困难求助 page', async () => {
    await page.goto(`${lc.url}/#/pages/care/index`);
    await page.getByText('还没有求助记录').waitFor();
    await page.getByText('我要求助', { exact: true }).click();
    await page.getByText('欠薪维权', { exact: true }).click();
    await page.locator('textarea').fill('工地拖欠三个月工资，老板联系不上，请组织帮忙维权。');
    await page.getByText('电话', { exact: true }).click();
    await page.getByText('提交求助', { exact: true }).click();
    // Back on my cases: the new one, just filed.
    await page.getByText('已提交', { exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'care-filed.png'), fullPage: true });
  });

  it('shows it resolved, with each step\'s note, after the secretary acts', async () => {
    const { items } = await act(lc, SECRETARY, 'care.list', {});
    expect(items).toHaveLength(1);
    const c = items[0];
    expect(c).toMatchObject({ memberName: '王小明', kind: '欠薪维权', state: 'filed', contact: '电话', memberPhone: '13812345678' });
    let version = (await act(lc, SECRETARY, 'care.assign', { caseId: c._id, assigneeOpenid: SECRETARY, version: c.version })).version;
    for (const [to, note] of [['accepted', '已受理，已电话联系本人'], ['in_progress', '已联系劳动监察大队介入'], ['resolved', '三个月工资已全部到账']]) {
      version = (await act(lc, SECRETARY, 'care.transition', { caseId: c._id, to, note, version })).version;
    }

    await page.goto(`${lc.url}/#/pages/care/index`);
    await page.getByText('已解决', { exact: true }).waitFor();
    await page.getByText('欠薪维权', { exact: true }).click();
    await page.getByText('欠薪维权 · 已解决').waitFor();
    await page.getByText('三个月工资已全部到账').waitFor();
    await page.getByText('已联系劳动监察大队介入').waitFor();
    expect(await page.getByText('确认处理').count()).toBe(0);
    expect(await page.getByText(dayOf(Date.now()), { exact: false }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'care-resolved.png'), fullPage: true });
  });
});
