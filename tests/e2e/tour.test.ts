/**
 * The newcomer's tour (README "Screenshots"): one county seeded through the real actions with
 * realistic data, then the main pages visited in the built H5 app as a member and as organisers.
 * Each page's key text must be visible before its picture is saved to docs/screenshots, so a
 * broken page fails the test instead of landing in the README.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { dayOf } from '../../src/domain/shared/day.rules';
import { planAroundNow } from '../functions/helpers/themeday';
import { dashTile, inputOf, launchPhone, waitForChartInk } from './helpers/browser';
import { saveDocShot } from './helpers/doc-shot';
import { expectWholeAndCentred, qrInk } from './helpers/qr-ink';
import { startAppCloud } from './helpers/local-cloud';
import { actOn, ADMIN, DEFAULT_PROFILE, seedBranchWithMember, type Act } from './helpers/seed';

jest.setTimeout(90_000);

interface Persona {
  openid: string;
  name: string;
}

const WANG: Persona = { openid: 'tour_wang', name: '王小明' };
const CADRE: Persona = { openid: 'tour_cadre_zhao', name: '赵德明' };
/** 杭州云支部's secretary: an organiser who is not a member. */
const SECRETARY: Persona = { openid: 'tour_sec_li', name: '李书记' };
/** ADMIN bootstraps the county and also takes the 组织部 role, as a county's first organiser does. */
const COUNTY: Persona = { openid: ADMIN, name: '张管理' };
const NEWCOMER: Persona = { openid: 'tour_new_zhou', name: '周建华' };
/** Opens the join link and submits it empty (the Chinese errors' screenshot); never joins. */
const HESITANT: Persona = { openid: 'tour_new_wu', name: '吴' };

const WANG_PROFILE = {
  ...DEFAULT_PROFILE,
  employer: '顺丰速运杭州转运中心',
  industry: '物流',
  birthDate: '1988-05-12',
  partyJoinDate: '2012-07-01',
  originalOrg: '汤山镇龙井村党支部',
  outflowDate: '2019-03-01',
  activityCardNo: 'SQ2023-0158',
  activityCardExpiry: '2027-06-30',
};

/** Fellow members: name, gender, phone tail, city, employer, village (龙井村 / 白沙村 / 新华村) and branch. */
const OTHERS = [
  { openid: 'tour_liu', name: '刘芳', gender: '女', city: '杭州', employer: '杭州四季青服装市场', industry: '电商', village: '白沙村', branch: 'hz' },
  { openid: 'tour_chen', name: '陈强', gender: '男', city: '宁波', employer: '宁波舟山港', industry: '港口物流', village: '龙井村', branch: 'nb' },
  { openid: 'tour_yang', name: '杨秀英', gender: '女', city: '宁波', employer: '宁波某电子厂', industry: '制造业', village: '新华村', branch: 'nb' },
  { openid: CADRE.openid, name: CADRE.name, gender: '男', city: '杭州', employer: '杭州城建集团', industry: '建筑', village: '龙井村', branch: 'hz' },
] as const;

const PUSH_DONE = '学习贯彻党的二十届四中全会精神';
const PUSH_OPEN = '新就业形态劳动者权益保障政策解读';
const THEME = '学习全会精神 · 争做流动党员先锋';

describe('the newcomer tour: main pages as a member and as organisers (H5)', () => {
  let lc: Awaited<ReturnType<typeof startAppCloud>>;
  let browser: BrowserContext;
  let page: Page;
  let call: Act;
  let openPushId: string;
  let caseId: string;
  let scene: string;
  let loads = 0;

  beforeAll(async () => {
    lc = await startAppCloud();
    call = actOn(lc);
    await seedCounty();
    browser = await launchPhone();
    // Who the page acts as comes from the URL (?as=), so one browser plays every persona.
    await browser.addInitScript(() => {
      const q = new URLSearchParams(location.search);
      if (q.get('as')) {
        localStorage.setItem('devOpenid', q.get('as')!);
        localStorage.setItem('devName', q.get('name') ?? '');
      }
    });
    page = await browser.newPage();
    // A broken page should fail in seconds, not after the 30 s default.
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await lc?.dispose();
  });

  async function seedCounty() {
    const hz = await seedBranchWithMember(call, { member: { openid: WANG.openid, profile: WANG_PROFILE } });
    scene = hz.scene;
    // Nobody grants himself a role that unmasks data: a second sysadmin makes the first one 组织部.
    await call(ADMIN, 'org.grantRole', { openid: 'admin_2', role: 'sysadmin' });
    await call('admin_2', 'org.grantRole', { openid: ADMIN, role: 'county' });
    const nb = await call(ADMIN, 'org.createBranch', { kind: '流动党支部', name: '宁波流动党支部', city: '宁波', secretaryName: '陈书记' });
    const nbScene = (await call<{ scene: string }>(ADMIN, 'branch.qrcode', { branchId: nb._id })).scene;
    const groups: Record<string, string> = { 龙井村: hz.group._id };
    groups['白沙村'] = (await call(ADMIN, 'org.createGroup', { township: '汤山镇', village: '白沙村' }))._id;
    groups['新华村'] = (await call(ADMIN, 'org.createGroup', { township: '本庄镇', village: '新华村' }))._id;

    const memberIds: Record<string, string> = { [WANG.openid]: hz.memberId! };
    for (const [i, m] of OTHERS.entries()) {
      const joined = await call(m.openid, 'member.join', {
        scene: m.branch === 'hz' ? scene : nbScene,
        groupId: groups[m.village],
        name: m.name, gender: m.gender, phone: `1398520${String(1000 + i)}`, city: m.city, employer: m.employer, industry: m.industry,
      });
      memberIds[m.openid] = joined.member._id;
    }
    await call(ADMIN, 'org.grantRole', { memberId: memberIds[CADRE.openid], role: 'cadre', groupId: groups['龙井村'] });
    await call(ADMIN, 'org.grantRole', { openid: SECRETARY.openid, role: 'secretary', branchId: hz.branch._id });
    await call(SECRETARY.openid, 'role.saveProfile', { name: SECRETARY.name, phone: '13900000001', title: '杭州云支部书记' });
    // 陈强 of 宁波 asks to move to 杭州云支部: waiting for its secretary (his 待办).
    await call('tour_chen', 'transfer.request', { scene, groupId: groups['龙井村'] });

    // Study: two county pushes; the first is done by two members, the second waits for 王小明.
    const [done, open] = await Promise.all(
      [
        { title: PUSH_DONE, issueNo: 12, kind: '理论学习', text: '全会审议通过了关于制定国民经济和社会发展第十五个五年规划的建议。请结合务工实际，谈谈学习体会。' },
        { title: PUSH_OPEN, issueNo: 13, kind: '技能培训', text: '快递员、网约车司机、外卖骑手等新就业形态劳动者，在劳动报酬、休息和职业伤害保障方面享有哪些权益？遇到欠薪如何维权？' },
      ].map((p) =>
        call(ADMIN, 'study.publish', {
          title: p.title, issueNo: p.issueNo, kind: p.kind, audience: { scope: 'county' }, dueDay: '2099-12-31',
          body: [{ type: 'heading', text: '学习要点' }, { type: 'paragraph', text: p.text }, { type: 'link', title: '共产党员网专题', url: 'https://www.12371.cn/', kind: 'article' }],
        }),
      ),
    );
    openPushId = open._id;
    for (const [openid, text] of [
      [WANG.openid, '认真学习了全会公报，作为在外务工党员，要立足岗位做好分拣工作，带动身边工友遵纪守法。'],
      ['tour_liu', '全会精神让我更有信心，在电商行业也要亮明党员身份，诚信经营，带动家乡农产品上网销售。'],
    ]) {
      await call(openid, 'checkin.submit', { pushId: done._id, text, minutes: 40, clientKey: `tour-${openid}` });
    }

    // Theme day: 杭州云支部 meets today (sign-in open now), with the county's 提示单 for this month.
    const meeting = planAroundNow({ rule: { kind: 'dayOfMonth', day: 25 }, durationMinutes: 120 });
    await call(ADMIN, 'themeday.plan', { kind: 'rule', branchId: hz.branch._id, plan: meeting.plan });
    await call(ADMIN, 'themeday.plan', { kind: 'rule', branchId: nb._id, plan: { rule: { kind: 'nthWeekday', n: -1, weekday: 6 }, time: '19:30', durationMinutes: 90 } });
    await call(ADMIN, 'themeday.plan', {
      kind: 'sheet', month: meeting.month,
      sheet: { theme: THEME, agenda: ['重温入党誓词', '集中学习全会公报', '交流在外务工学习体会', '按时缴纳党费'], links: [{ title: '全会公报全文', url: 'https://www.12371.cn/' }] },
    });
    const current = await call('tour_liu', 'themeday.current');
    await call('tour_liu', 'themeday.signin', { mode: 'online', occurrenceId: current.occurrence.id });

    // 1+N: the village cadre is responsible for 龙井村's members and has called 王小明 today.
    await call(ADMIN, 'pairing.assign', { memberIds: [memberIds[WANG.openid], memberIds['tour_chen']], cadreOpenid: CADRE.openid });
    await call(CADRE.openid, 'contact.log', {
      memberId: memberIds[WANG.openid], day: dayOf(Date.now()), channel: 'phone',
      note: '电话联系，在杭州工作稳定，按时参加云支部学习。',
      situation: { work: '快递转运中心分拣组长', difficulties: '孩子明年在杭州上小学，入学材料不清楚', wishToReturn: 'undecided' },
    });

    // Hometown: 陈强 suggests for 龙井村, waiting for its cadre's answer (his 待办).
    await call('tour_chen', 'suggest.submit', { title: '村里建冷库', text: '龙井村的茶叶和猕猴桃集中上市，建议村集体建一个冷库统一储存。', category: '产业' });

    // Care: 王小明 asks for help; the 组织部 takes the case and works on it.
    const filed = await call(WANG.openid, 'care.file', { kind: '子女上学', description: '孩子明年在杭州上小学，需要办理随迁子女入学，不清楚要准备哪些材料，请组织帮忙咨询。', contact: '电话' });
    caseId = filed._id;
    let version = (await call(ADMIN, 'care.assign', { caseId, assigneeOpenid: ADMIN, version: filed.version })).version;
    for (const [to, note] of [['accepted', '已受理，已电话联系本人'], ['in_progress', '已联系杭州市西湖区教育局，材料清单已发给本人']]) {
      version = (await call(ADMIN, 'care.transition', { caseId, to, note, version })).version;
    }
    await call('tour_yang', 'care.file', { kind: '欠薪维权', description: '电子厂拖欠两个月工资，请帮忙协调。', contact: '微信' });
  }

  /** Opens a page as a persona: always a full load (a fresh query), so only that page is in the DOM. */
  async function visit(who: Persona, path: string) {
    await page.goto(`${lc.url}/?as=${who.openid}&name=${encodeURIComponent(who.name)}&v=${++loads}#${path}`);
  }

  /** Waits until an element whose whole text is `text` is on screen. */
  const see = (text: string) => page.getByText(text, { exact: true }).first().waitFor({ state: 'visible' });
  /** The same for text inside a larger element: a card title carries its badge or count in the same element. */
  const seeSome = (text: string | RegExp) => page.getByText(text).first().waitFor({ state: 'visible' });
  const scrollTo = (text: string) => page.getByText(text, { exact: true }).first().scrollIntoViewIfNeeded();

  describe('as a member', () => {
    it('joins from the branch QR code: the village and the 一人一档 form', async () => {
      await visit(NEWCOMER, `/pages/join/index?scene=${encodeURIComponent(scene)}`);
      await see('杭州云支部');
      await see('我的家乡（网上党小组）');
      await inputOf(page, '请输入姓名').fill(NEWCOMER.name);
      await page.getByText('男', { exact: true }).first().click();
      await inputOf(page, '请输入手机号').fill('13985201234');
      await inputOf(page, '请输入现居城市').fill('杭州');
      await page.getByText('汤山镇', { exact: true }).first().click();
      await page.getByText('龙井村', { exact: true }).first().click();
      await saveDocShot(page, 'join');
      await page.getByText('确认加入', { exact: true }).click();
      await see('加入成功');
    });

    it('home: my branch, the theme day countdown, study and services', async () => {
      await visit(WANG, '/pages/home/index');
      await seeSome(/你好，王小明/);
      await seeSome('我的组织');
      await see('党员服务');
      await seeSome(THEME);
      await seeSome('1 项待打卡');
      await saveDocShot(page, 'home-member');
    });

    it('the join form answers an empty submit in Chinese, naming fields by label', async () => {
      await visit(HESITANT, `/pages/join/index?scene=${encodeURIComponent(scene)}`);
      await see('我的家乡（网上党小组）');
      await page.getByText('确认加入', { exact: true }).click();
      await see('请选择所在村');
      await seeSome(/输入有误：.*姓名.*手机号/);
      expect(await page.getByText('请填写', { exact: true }).count()).toBeGreaterThan(1);
      await seeSome(/请从以下选择/);
      expect(await page.locator('body').innerText()).not.toMatch(/Invalid|expected|undefined|groupId/);
      await saveDocShot(page, 'join-errors');
      await inputOf(page, '请输入姓名').fill('周');
      await page.getByText('请填写', { exact: true }).first().waitFor();
    });

    it('a join link without its code says so', async () => {
      await visit(HESITANT, '/pages/join/index');
      await see('链接缺少支部码');
    });

    it('home 待办: the count, and a tap reaches the push not yet checked in', async () => {
      await visit(WANG, '/pages/home/index');
      await seeSome('待办');
      await see('未打卡的学习推送');
      await page.getByText('未打卡的学习推送', { exact: true }).click();
      await see('我的学习打卡');
      await see(PUSH_OPEN);
    });

    it('study: the pushes with done / not-yet marks and the check-in calendar', async () => {
      await visit(WANG, '/pages/study/index');
      await see('我的学习打卡');
      await see(PUSH_DONE);
      await see('已打卡');
      await see('未打卡');
      await page.locator(`.cal-on[data-day="${dayOf(Date.now())}"]`).first().waitFor();
      await saveDocShot(page, 'study-list');
    });

    it('study: a push to read and its check-in form', async () => {
      await visit(WANG, `/pages/study-detail/index?id=${openPushId}`);
      await see(PUSH_OPEN);
      await seeSome('学习打卡');
      await page.locator('textarea').fill('学习了新就业形态劳动者权益保障政策，知道了遇到欠薪可以找工会和劳动监察，也要提醒身边的骑手工友。');
      await see('提交打卡');
      await saveDocShot(page, 'study-detail');
    });

    it('theme day: the 提示单, an online sign-in, then the reminder consent as a tap of its own', async () => {
      await visit(WANG, '/pages/themeday/index');
      await see('本月提示单');
      await see(THEME);
      await page.getByText('线上签到', { exact: true }).click();
      await seeSome(/已签到（线上/);
      await page.getByText('签到成功').waitFor({ state: 'hidden' });
      // H5 stands in for the subscribe dialog with a confirm, opened only from the tap itself.
      await page.getByText('订阅主题党日提醒', { exact: true }).click();
      await page.getByText('允许', { exact: true }).click();
      await seeSome(/已订阅提醒（可提醒 1 次）/);
      await saveDocShot(page, 'themeday');
    });

    it('my record (一人一档), phone in full for himself', async () => {
      await visit(WANG, '/pages/profile/index');
      await see('编辑档案');
      await see('13812345678');
      await see('顺丰速运杭州转运中心');
      await saveDocShot(page, 'profile');
    });
  });

  describe('as organisers', () => {
    it('the county home: organiser tiles grouped by line of work', async () => {
      await visit(COUNTY, '/pages/home/index');
      await seeSome('组织工作');
      for (const section of ['台账与组织', '学习与党日', '联系与共管', '关怀与家乡', '评议与评选']) await see(section);
      await page.getByText('组织工作').first().scrollIntoViewIfNeeded();
      await saveDocShot(page, 'home-county');
    });

    it('the county home 待办: the case assigned to him, marked on its tile; a tap opens his cases', async () => {
      await visit(COUNTY, '/pages/home/index');
      await see('分派给我的求助');
      expect(await page.locator('.nav-item', { hasText: '关怀帮扶' }).locator('.nav-count').textContent()).toBe('1');
      await page.getByText('分派给我的求助', { exact: true }).click();
      await see('王小明 · 子女上学');
      expect(await page.getByText('杨秀英 · 欠薪维权').count()).toBe(0);
    });

    it('the village cadre\'s 待办: the suggestion to answer; a tap opens the queue', async () => {
      await visit(CADRE, '/pages/home/index');
      await see('待答复的家乡建议');
      await page.getByText('待答复的家乡建议', { exact: true }).click();
      await seeSome('村里建冷库');
    });

    it('the branch secretary\'s 待办: the count, the transfer to decide; a tap opens it', async () => {
      await visit(SECRETARY, '/pages/home/index');
      await see('待审核的转入申请');
      const card = page.locator('.card', { hasText: '待审核的转入申请' });
      expect(await card.locator('.card-title .todo-count').textContent()).toBe('1');
      await page.getByText('待审核的转入申请', { exact: true }).click();
      await seeSome('陈强');
    });

    it('the ledger: everyone in scope, with filters', async () => {
      await visit(COUNTY, '/admin/ledger/index');
      await see('刘芳');
      await see('杨秀英');
      await seeSome('13812345678');
      await saveDocShot(page, 'ledger');
    });

    it('the dashboard: figures and the members-per-city chart', async () => {
      await visit(COUNTY, '/pages/dashboard/index');
      const members = dashTile(page, '直接管理党员');
      // 王小明, four fellow members and the newcomer who joined in this tour.
      await page.waitForFunction((el) => el?.textContent === '6', await members.elementHandle());
      await see('党员分布城市');
      // Ink on the city chart before the picture.
      await waitForChartInk(page, 'canvas#dash-cities', { minPixels: 1000 });
      // The app scrolls inside its own container: bring the chart up under the figures.
      await page.locator('#dash-cities').scrollIntoViewIfNeeded();
      await saveDocShot(page, 'dashboard');
    });

    it('study statistics: completion per branch and per village group', async () => {
      await visit(COUNTY, '/admin/study-stats/index');
      await see('各支部完成率');
      await see('各网上党小组完成率');
      // The newest push (nobody done yet) is shown first: pick the one two members checked in to.
      await page.getByText(`第12期 ${PUSH_DONE}`, { exact: true }).click();
      // 杭州云支部: 王小明 and 刘芳 of its four members.
      await seeSome(/2\/4 · 50%/);
      await saveDocShot(page, 'study-stats');
    });

    it('theme-day attendance: per branch, then the on-site QR code and the absentees', async () => {
      await visit(COUNTY, '/admin/themeday-admin/index');
      await see('各支部出勤率');
      // 王小明 and 刘芳 signed in; 赵德明 and 周建华 did not.
      await seeSome(/2\/4 · 50%/);
      await page.locator('.field', { hasText: '杭州云支部' }).first().click();
      await seeSome('未签到');
      await see('赵德明');
      // The on-site code: whole and centred in its box.
      await page.locator('.qr img[src^="data:image/svg"]').first().waitFor();
      expectWholeAndCentred(await qrInk(page.locator('.qr').first(), 'site'));
      await scrollTo('各支部出勤率');
      await saveDocShot(page, 'themeday-attendance');
    });

    it('1+N pairing: the village cadre\'s members and their last contact', async () => {
      await visit(CADRE, '/admin/pairing/index');
      await see('我的结对党员');
      await see('陈强');
      await seeSome(dayOf(Date.now()));
      await see('结对安排');
      await saveDocShot(page, 'pairing');
    });

    it('the contact-gap monitor: per cadre, per village, unpaired members', async () => {
      await visit(COUNTY, '/admin/contact-gaps/index');
      await see('联系概况');
      await see('按村干部');
      await seeSome(/结对 2 · 超期/);
      await saveDocShot(page, 'contact-gaps');
    });

    it('care: the queue of cases and a case with its progress timeline', async () => {
      await visit(COUNTY, '/admin/care-queue/index');
      await see('王小明 · 子女上学');
      await see('杨秀英 · 欠薪维权');
      await saveDocShot(page, 'care-queue');

      await visit(COUNTY, `/pages/care-case/index?id=${caseId}`);
      await see('子女上学 · 办理中');
      await see('办理进度');
      await see('已联系杭州市西湖区教育局，材料清单已发给本人');
      await saveDocShot(page, 'care-case');
    });
  });
});
