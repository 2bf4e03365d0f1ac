/**
 * An organiser's first day in a real browser: set up the county from the home page, create a
 * branch and a village group, show the branch's QR code, grant himself the county role, then work the ledger: filter, open a
 * record, mark the member 失联 and see the change in his history.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inputOf, launchPhone, signInAsNewDevUser } from './helpers/browser';
import { saveDocShot } from './helpers/doc-shot';
import { expectWholeAndCentred, qrInk } from './helpers/qr-ink';
import { act, startAppCloud } from './helpers/local-cloud';

jest.setTimeout(120_000);

const shots = join(__dirname, '__output__');

describe('the county organiser (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  const input = (placeholder: string) => inputOf(page, placeholder);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
    browser = await launchPhone();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  it('sets up the county, a branch with its QR code and a village group', async () => {
    await page.goto(lc.url);
    await signInAsNewDevUser(page, '张管理');

    await input('如：石阡县').fill('石阡县');
    await input('请输入管理员姓名').fill('张管理');
    await page.getByText('初始化县委组织部').last().click();
    await page.getByText('石阡县流动党员之家').waitFor();

    await page.getByText('支部与二维码').click();
    await page.getByText('新建支部', { exact: true }).click();
    await input('如：杭州流动党员云支部').fill('杭州云支部');
    await input('请输入所在城市').fill('杭州');
    await input('请输入书记姓名').fill('李书记');
    await page.getByText('创建支部', { exact: true }).click();
    await page.getByText('杭州云支部').waitFor();

    await page.getByText('新建网上党小组', { exact: true }).click();
    await input('如：汤山镇').fill('汤山镇');
    await input('如：龙井村').fill('龙井村');
    await page.getByText('创建网上党小组', { exact: true }).click();
    await page.getByText('汤山镇 · 龙井村').waitFor();

    await page.getByText('生成入支部二维码').click();
    const qr = page.locator('img[src^="data:image/png;base64,"]');
    await qr.waitFor();
    // The whole code, centred in its box (H5 once showed its left half in the box's right half).
    await page.waitForFunction((el) => (el as HTMLImageElement | null)?.complete === true, await qr.elementHandle());
    expectWholeAndCentred(await qrInk(page.locator('.qr').first(), 'branch'));
    const link = await page.getByText(/#\/pages\/join\/index\?scene=/).textContent();
    expect(link).toContain(lc.url);
    await page.screenshot({ path: join(shots, 'branches.png'), fullPage: true });
    await qr.scrollIntoViewIfNeeded();
    await saveDocShot(page, 'branches-qr');

    // The sysadmin sees personal data masked; to work the ledger he takes the county role too, from
    // a second sysadmin: nobody grants himself a role that unmasks data (docs/who-sees-what.md).
    const admin = await adminOpenid(page);
    await act(lc, admin, 'org.grantRole', { openid: 'admin_2', role: 'sysadmin' });
    await act(lc, 'admin_2', 'org.grantRole', { openid: admin, role: 'county' });
  });

  it('works the ledger: filter, open a record, mark him 失联, see the history', async () => {
    const admin = await adminOpenid(page);
    const tree = await act(lc, admin, 'org.tree');
    const [branch, group] = [tree.branches[0], tree.groups[0]];
    const { scene } = await act(lc, admin, 'branch.qrcode', { branchId: branch._id });
    for (const [i, name] of ['王小明', '刘芳', '陈强'].entries()) {
      await act(lc, `m${i}`, 'member.join', { scene, groupId: group._id, name, gender: i === 1 ? '女' : '男', phone: `1381234567${i}`, city: i === 2 ? '宁波' : '杭州' });
    }

    await page.goto(`${lc.url}/#/admin/ledger/index`);
    await page.getByText('陈强').waitFor();
    await input('按城市筛选').fill('宁波');
    await expectGone(page, '王小明');
    await page.getByText('陈强').click();

    // The county manages him: his record shows the phone in full.
    await page.locator('.row-value', { hasText: '13812345672' }).waitFor();
    // The ledger page stays in the DOM, hidden, with its own 失联 filter chip: use the record's card.
    const statusCard = page.locator('.card', { hasText: '联系状态与标签' });
    await statusCard.getByText('失联', { exact: true }).click();
    await page.getByText('保存状态与标签').click();
    await page.getByText(/联系状态：/).waitFor();
    await page.screenshot({ path: join(shots, 'member.png'), fullPage: true });

    const { items } = await act(lc, admin, 'member.list', { status: '失联' });
    expect(items.map((m: { name: string }) => m.name)).toEqual(['陈强']);
  });
});

const adminOpenid = (page: Page) => page.evaluate(() => localStorage.getItem('devOpenid') as string);

async function expectGone(page: Page, text: string) {
  await page.getByText(text).waitFor({ state: 'detached' });
}
