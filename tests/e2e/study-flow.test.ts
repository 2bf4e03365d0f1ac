/**
 * A member's study in a real browser: open a push, check in, see the calendar mark and the streak;
 * then a check-in made offline is queued and sent exactly once when the network returns.
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
const MEMBER = 'dev_member_wang';

describe('study and check-in (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  const pushIds: string[] = [];
  const sentSubmits: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
    await seedBranchWithMember(actOn(lc), { member: { openid: MEMBER } });
    for (const [i, title] of ['学习全会精神', '电商直播技能培训'].entries()) {
      const push = await act(lc, 'admin', 'study.publish', {
        title, issueNo: i + 1, kind: i ? '技能培训' : '理论学习', audience: { scope: 'county' }, dueDay: '2099-12-31',
        body: [{ type: 'paragraph', text: `${title}的正文。` }],
      });
      pushIds.push(push._id);
    }

    browser = await launchPhone();
    // Signed in as the member (the dev sign-in page's choice lives in localStorage).
    await browser.addInitScript((openid) => localStorage.setItem('devOpenid', openid), MEMBER);
    page = await browser.newPage();
    // What reached the function: a submit the network dropped never "finishes".
    page.on('requestfinished', (req) => {
      const body = req.postDataJSON?.() as { action?: string; payload?: { pushId: string } } | null;
      if (body?.action === 'checkin.submit') sentSubmits.push(body.payload!.pushId);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  const reflection = (n: number) => `第${n}次学习心得：认真学习，联系实际，在外务工也不忘党员身份。`;

  it('checks in to a push and sees the calendar mark and the streak', async () => {
    await page.goto(`${lc.url}/#/pages/study/index`);
    await page.getByText('学习全会精神').click();
    await page.locator('textarea').fill(reflection(1));
    await page.getByText('提交打卡').click();
    await page.getByText('已打卡', { exact: true }).waitFor();

    await page.goto(`${lc.url}/#/pages/study/index`);
    // Back on the list (the page refreshes when shown again): today is marked, the streak is 1.
    await page.locator(`.cal-on[data-day="${dayOf(Date.now())}"]`).first().waitFor();
    await page.locator('.streak-num').first().filter({ hasText: /^1$/ }).waitFor();
    await page.screenshot({ path: join(shots, 'study-list.png'), fullPage: true });
  });

  it('queues a check-in made offline and sends it exactly once when back online', async () => {
    await page.goto(`${lc.url}/#/pages/study-detail/index?id=${pushIds[1]}`);
    await page.locator('textarea').waitFor();
    await browser.setOffline(true);
    await page.locator('textarea').fill(reflection(2));
    await page.getByText('提交打卡').click();
    await page.getByText('打卡已保存在本机，联网后自动提交。').waitFor();
    await page.screenshot({ path: join(shots, 'study-queued.png'), fullPage: true });

    await browser.setOffline(false);
    await page.getByText('打卡已保存在本机，联网后自动提交。').waitFor({ state: 'detached' });
    const detail = await act(lc, MEMBER, 'study.get', { pushId: pushIds[1] });
    expect(detail.mine.text).toBe(reflection(2));
    expect(sentSubmits.filter((id) => id === pushIds[1])).toHaveLength(1);
  });
});
