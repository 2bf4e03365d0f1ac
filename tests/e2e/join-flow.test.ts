/**
 * The join flow in a real browser: the built H5 app served by the local cloud, a dev user signed in
 * through /dev/signin, the branch's join link opened and the form completed like a member would.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inputOf, launchPhone, signInAsNewDevUser } from './helpers/browser';
import { act, startAppCloud } from './helpers/local-cloud';
import { actOn, seedBranchWithMember } from './helpers/seed';

jest.setTimeout(120_000);

const shots = join(__dirname, '__output__');

describe('joining a cloud branch from its link (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;

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

  it('signs in as a dev user, opens the join link and completes the join', async () => {
    const { branch, group, scene } = await seedBranchWithMember(actOn(lc));
    const joinUrl = `${lc.url}/#/pages/join/index?scene=${encodeURIComponent(scene)}`;

    // Not signed in: the app sends us to the dev sign-in page, which brings us back.
    await page.goto(joinUrl);
    await signInAsNewDevUser(page, '王小明');
    await page.waitForURL(/pages\/join/);

    await page.getByText('杭州云支部').first().waitFor();
    const input = (placeholder: string) => inputOf(page, placeholder);
    await input('请输入姓名').fill('王小明');
    await input('请输入手机号').fill('13812345678');
    await input('请输入现居城市').fill('杭州');
    await page.getByText('男', { exact: true }).first().click();
    await page.getByText('龙井村').first().click();
    await page.screenshot({ path: join(shots, 'join-form.png') });
    await page.getByText('确认加入').click();
    await page.getByText(/加入成功/).waitFor();
    await page.screenshot({ path: join(shots, 'join-done.png') });

    const list = await act(lc, 'admin', 'member.list', { branchId: branch._id });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ name: '王小明', city: '杭州', groupId: group._id });
  });
});
