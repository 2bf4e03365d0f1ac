/**
 * 活动 in a real browser: a branch secretary holds a 志愿服务 activity from the organiser page (the
 * admin sub-package); two members enrol on their activities page and sign in on site by the link
 * the secretary's rotating code carries; the secretary's dashboard counts one event and two people.
 * Then a member withdraws from a second activity and enrols again, the secretary cancels it, the member
 * sees 已取消 and the dashboard still counts one event.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inputOf, launchPhone } from './helpers/browser';
import { saveDocShot } from './helpers/doc-shot';
import { act, startAppCloud } from './helpers/local-cloud';
import { actOn, DEFAULT_PROFILE, seedBranchWithMember } from './helpers/seed';

jest.setTimeout(180_000);

const shots = join(__dirname, '__output__');
const SECRETARY = 'dev_secretary_activity';
const MEMBERS = ['dev_member_act_1', 'dev_member_act_2'];
const TITLE = '社区志愿服务：关爱独居老人';

describe('activities: hold a 志愿服务 activity, enrol, sign in on site, count it (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  let branchId: string;

  /**
   * Opens `hash` as `openid`: the dev identity the H5 app sends is read from localStorage, set here
   * from a page of the same origin outside the app, so the app then loads afresh, once.
   */
  async function openAs(openid: string, hash: string) {
    await page.goto(`${lc.url}/healthz`);
    await page.evaluate((o) => localStorage.setItem('devOpenid', o), openid);
    await page.goto(`${lc.url}/#/${hash}`);
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
    const seed = await seedBranchWithMember(actOn(lc), { member: { openid: MEMBERS[0] }, grants: [{ openid: SECRETARY, role: 'secretary' }] });
    branchId = seed.branch._id;
    await act(lc, MEMBERS[1], 'member.join', { scene: seed.scene, groupId: seed.group._id, ...DEFAULT_PROFILE, name: '李小红', gender: '女', phone: '13812340002' });
    browser = await launchPhone();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  it('the secretary holds a 志愿服务 activity for his branch', async () => {
    await openAs(SECRETARY, 'admin/activities/index');
    await page.getByText('发起活动', { exact: true }).click();
    await page.getByText('志愿服务', { exact: true }).click();
    await inputOf(page, '如：社区志愿服务：关爱独居老人').fill(TITLE);
    await inputOf(page, '现场活动的地点（与线上链接至少填一项）').fill('西湖区翠苑社区');
    await page.getByText('发布活动', { exact: true }).click();
    // Back on the list with the new activity open: sign-in opens 30 minutes before its start.
    await page.getByText('报名与签到').waitFor();
    await page.locator('.activity-code').waitFor();
    const { items } = await act(lc, SECRETARY, 'activity.list', { view: 'manage' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: '志愿服务', title: TITLE, branchIds: [branchId], enrolment: true });
  });

  it('two members enrol and sign in on site with the code on the secretary\'s screen', async () => {
    for (const [i, member] of MEMBERS.entries()) {
      await openAs(member, 'pages/activities/index');
      await page.getByText(TITLE).waitFor();
      await page.getByText('报名', { exact: true }).click();
      await page.getByText('已报名', { exact: true }).waitFor();

      // What the member's camera reads off the secretary's screen: the page link with the current code.
      const { site } = await act(lc, SECRETARY, 'activity.get', { activityId: (await act(lc, SECRETARY, 'activity.list', { view: 'manage' })).items[0]._id });
      await openAs(member, `pages/activities/index?code=${encodeURIComponent(site.code)}`);
      await page.getByText('已签到（现场）').waitFor();
      // Signed in once, by the link: no second attempt answered 已签到.
      expect(await page.getByText(/您已于/).count()).toBe(0);
      if (i === 1) await page.screenshot({ path: join(shots, 'activity-signed.png'), fullPage: true });
    }
  });

  it('the secretary sees both at the activity, and one event with two people on the dashboard', async () => {
    await openAs(SECRETARY, 'admin/activities/index');
    await page.getByText(TITLE).click();
    await page.getByText('报名 2 人 · 签到 2 人').waitFor();
    await saveDocShot(page, 'activity-admin');

    await openAs(SECRETARY, 'pages/dashboard/index');
    const card = page.locator('.activity-stats');
    await card.getByText('开展活动 1 场 · 参加 2 人次 · 志愿服务 0 小时').waitFor();
    await card.getByText('1 场 · 2 人次', { exact: true }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'activity-dashboard.png'), fullPage: true });
  });

  it('a member withdraws from a second activity; the secretary cancels it and the member sees 已取消 (still one event)', async () => {
    const later = Date.now() + 3 * 3_600_000;
    const day = new Date(later + 8 * 3_600_000).toISOString().slice(0, 10);
    const time = new Date(later + 8 * 3_600_000).toISOString().slice(11, 16);
    await act(lc, SECRETARY, 'activity.create', { kind: '红色教育', title: '参观红色纪念馆', day, time, durationMinutes: 120, place: '南湖纪念馆', enrolment: true, capacity: 10, onlineSignin: false, branchIds: [branchId] });
    await openAs(MEMBERS[0], 'pages/activities/index');
    await page.getByText('参观红色纪念馆').waitFor();
    await page.getByText('报名', { exact: true }).click();
    await page.getByText('取消报名', { exact: true }).click();
    await page.locator('.taro-modal__foot').getByText('确定').click();
    await page.getByText('报名', { exact: true }).waitFor();
    await page.getByText('报名', { exact: true }).click();
    await page.getByText('已报名', { exact: true }).waitFor();

    await openAs(SECRETARY, 'admin/activities/index');
    await page.getByText('参观红色纪念馆').click();
    await page.locator('textarea[placeholder="如：台风预警，活动取消"]').fill('台风预警');
    await page.getByText('确认取消活动', { exact: true }).click();
    await page.locator('.taro-modal__foot').getByText('确定').click();
    await page.getByText('红色教育 · 已取消').first().waitFor();

    await openAs(MEMBERS[0], 'pages/activities/index');
    await page.getByText('活动已取消：台风预警').waitFor();
    expect(await act(lc, MEMBERS[0], 'activity.enrol', { activityId: (await act(lc, SECRETARY, 'activity.list', { view: 'manage' })).items[0]._id }).catch((e: Error) => e.message)).toMatch(/ACTIVITY.CANCELLED|已取消/);
    await openAs(SECRETARY, 'pages/dashboard/index');
    await page.locator('.activity-stats').getByText('开展活动 1 场 · 参加 2 人次 · 志愿服务 0 小时').waitFor();
  });
});
