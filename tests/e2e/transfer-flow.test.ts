/**
 * 转接 in a real browser: a member of branch A scans branch B's code, asks to
 * move, B's secretary approves on the 转接审核 page, and the member's home shows B.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchPhone } from './helpers/browser';
import { startAppCloud } from './helpers/local-cloud';
import { actOn, ADMIN, seedBranchWithMember } from './helpers/seed';

jest.setTimeout(180_000);

const shots = join(__dirname, '__output__');
const MEMBER = 'member_hz';
const SECRETARY_B = 'secretary_nb';

describe('a member moves to another branch (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  const contexts: BrowserContext[] = [];

  /** A phone signed in as `openid` (the dev sign-in page's choice lives in localStorage). */
  async function phoneOf(openid: string) {
    const ctx = await launchPhone();
    contexts.push(ctx);
    await ctx.addInitScript((id) => localStorage.setItem('devOpenid', id), openid);
    return ctx.newPage();
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    lc = await startAppCloud();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await lc?.dispose();
  });

  it('asks by scanning B, B approves, his home shows B', async () => {
    const call = actOn(lc);
    const { branch: A, memberId } = await seedBranchWithMember(call, { member: { openid: MEMBER } });
    const B = await call(ADMIN, 'org.createBranch', { kind: '云支部', name: '宁波云支部', city: '宁波', secretaryName: '赵书记' });
    await call(ADMIN, 'org.grantRole', { openid: SECRETARY_B, role: 'secretary', branchId: B._id });
    const { scene } = await call<{ scene: string }>(ADMIN, 'branch.qrcode', { branchId: B._id });

    // The member scans B's code: offered a transfer, not told he has joined already.
    const member = await phoneOf(MEMBER);
    await member.goto(`${lc.url}/#/pages/join/index?scene=${encodeURIComponent(scene)}`);
    await member.getByText(/到新的城市务工，可申请把组织关系转入本支部/).waitFor();
    expect(await member.getByText(/每名党员只需加入一次/).count()).toBe(0);
    await member.locator('textarea').first().fill('已到宁波务工');
    await member.locator('.btn', { hasText: '申请转入宁波云支部' }).click();
    await member.getByText('转接申请已提交').waitFor();
    await member.screenshot({ path: join(shots, 'transfer-requested.png') });

    // His old branch sees it going out.
    await call(ADMIN, 'org.grantRole', { openid: 'secretary_hz', role: 'secretary', branchId: A._id });
    expect((await call('secretary_hz', 'transfer.list', { box: 'outgoing' })).items[0]).toMatchObject({ from: { branchId: A._id }, to: { branchId: B._id }, state: 'pending' });

    // B's secretary approves on the 转接审核 page.
    const secretary = await phoneOf(SECRETARY_B);
    await secretary.goto(`${lc.url}/#/pages/home/index`);
    await secretary.getByText('转接审核').click();
    await secretary.getByText('转入待审核（1）').waitFor();
    await secretary.getByText('说明：已到宁波务工').waitFor();
    await secretary.screenshot({ path: join(shots, 'transfer-decide.png') });
    await secretary.getByText('同意转入').click();
    await secretary.getByText('转入待审核（0）').waitFor();

    // His home shows B.
    await member.goto(`${lc.url}/#/pages/home/index`);
    await member.getByText('宁波云支部（宁波）').waitFor();
    await member.screenshot({ path: join(shots, 'transfer-home.png') });
    const me = await call(MEMBER, 'member.me');
    expect(me.member).toMatchObject({ _id: memberId, branchId: B._id });
  });
});
