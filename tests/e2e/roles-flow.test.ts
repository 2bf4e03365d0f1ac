/**
 * 角色管理 in a real browser: the county 组织部 opens the page, picks a
 * branch, sees its secretary by name and revokes him; then invites a new secretary with a QR code
 * and link, which the invitee opens in his own browser, fills his organiser profile and accepts;
 * the county's page then lists him, and the audit log shows every step.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inputOf, launchPhone } from './helpers/browser';
import { act, startAppCloud } from './helpers/local-cloud';
import { actOn, ADMIN, seedBranchWithMember } from './helpers/seed';

jest.setTimeout(120_000);

const shots = join(__dirname, '__output__');
const COUNTY = 'dev_county_liu';
const SECRETARY = 'dev_secretary_li';
const INVITEE = 'dev_invitee_chen';

describe('角色管理: the county revokes a role and invites by QR link (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let county: BrowserContext;
  let page: Page;
  let branchId: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
    const seed = await seedBranchWithMember(actOn(lc), { member: { openid: 'dev_member_wang' }, grants: [{ openid: SECRETARY, role: 'secretary' }] });
    branchId = seed.branch._id;
    await act(lc, ADMIN, 'org.grantRole', { openid: COUNTY, role: 'county' });
    await act(lc, COUNTY, 'role.saveProfile', { name: '刘组织', phone: '13900006666', title: '县委组织部组织科' });
    await act(lc, SECRETARY, 'role.saveProfile', { name: '李书记', phone: '13900000001' });

    county = await launchPhone();
    await county.addInitScript((openid) => localStorage.setItem('devOpenid', openid), COUNTY);
    page = await county.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await county?.close();
    await lc?.dispose();
  });

  it('revokes the branch secretary on the 角色管理 page', async () => {
    await page.goto(`${lc.url}/#/admin/roles/index`);
    await page.getByText('刘组织', { exact: true }).waitFor();
    await page.locator('.chip', { hasText: '杭州云支部' }).click();
    await page.getByText('李书记', { exact: true }).waitFor();
    await page.getByText(/起 · 张管理（直接授予）/).waitFor();
    await page.getByText('撤销', { exact: true }).click();
    await page.locator('.taro-modal__foot').getByText('确定').click();
    await page.getByText('暂无人担任（空缺）').waitFor();
    expect((await act(lc, SECRETARY, 'member.me')).grants).toEqual([]);
    await page.screenshot({ path: join(shots, 'roles-revoked.png'), fullPage: true });
  });

  it('invites a new secretary: he opens the link, fills his profile and accepts', async () => {
    await page.getByText('生成邀请二维码', { exact: true }).click();
    await page.locator('img[src^="data:image/svg+xml"]').waitFor();
    const text = (await page.getByText(/#\/pages\/role-accept\/index\?t=/).textContent()) ?? '';
    const link = text.slice(text.indexOf('http'));
    expect(link).toContain(lc.url);

    const invitee = await launchPhone();
    try {
      await invitee.addInitScript((openid) => localStorage.setItem('devOpenid', openid), INVITEE);
      const theirs = await invitee.newPage();
      theirs.setDefaultTimeout(10_000);
      await theirs.goto(link);
      await theirs.getByText('邀请你担任支部书记').waitFor();
      await inputOf(theirs, '请输入姓名').fill('陈新任');
      await inputOf(theirs, '请输入手机号').fill('13900002222');
      await theirs.locator('.btn', { hasText: '接受邀请' }).click();
      await theirs.getByText('已接受邀请').waitFor();
      // The same link a second time: used.
      await theirs.goto(link);
      await theirs.getByText('该邀请已接受，请向邀请人索取新的邀请。').waitFor();
    } finally {
      await invitee.close();
    }

    await page.reload();
    await page.locator('.chip', { hasText: '杭州云支部' }).click();
    await page.getByText('陈新任', { exact: true }).waitFor();
    await page.getByText(/起 · 刘组织（邀请接受）/).waitFor();
    expect((await act(lc, COUNTY, 'role.list', { unit: 'branch', branchId })).holders.map((h: { name: string }) => h.name)).toEqual(['陈新任']);

    await page.locator('.chip', { hasText: '（县级）' }).click();
    await page.getByText('陈新任 接受邀请，担任支部书记（杭州云支部）').waitFor();
    await page.getByText('刘组织 撤销 李书记 的支部书记（杭州云支部）').waitFor();
    await page.screenshot({ path: join(shots, 'roles-audit.png'), fullPage: true });
  });
});
