import { assertBuilt, openPage, setBackend, tapText, textOf, waitFor, waitForText } from './support/built-weapp';

/**
 * The built home page (dist/pages/home/index), React tree and all, rendered through Taro's runtime
 * and base.wxml templates in miniprogram-simulate. The only stub is the backend behind
 * wx.cloud.callFunction.
 */
const me = {
  openid: 'o-zhang',
  name: '张三',
  grants: [],
  member: { _id: 'm1', name: '张三', status: '正常' },
  branch: { _id: 'b1', name: '石阡县驻杭州流动党员党支部', city: '杭州', kind: '流动党员党支部', secretaryName: '李书记' },
  group: { _id: 'g1', name: '龙塘镇网上党小组', township: '龙塘镇', village: '困牛山村' },
  county: { name: '石阡县' },
};

beforeAll(assertBuilt);

test('home renders what member.me answered, and 我的档案 navigates', async () => {
  const calls: unknown[] = [];
  const study = { items: [{ _id: 'p1', title: '学习全会精神', issueNo: 1, kind: '理论学习', dueDay: '2099-12-31', done: false, open: true }], nextCursor: null };
  setBackend((name, event) => {
    calls.push({ name, ...event });
    const action = (event as { action: string }).action;
    if (action === 'themeday.current') return { ok: false, error: { code: 'THEMEDAY.NO_PLAN', message: '本支部尚未设定主题党日' } };
    if (action === 'todo.mine') return { ok: true, data: { items: [], total: 0 } };
    return { ok: true, data: action === 'study.list' ? study : me };
  });
  const page = openPage('pages/home/index');

  await waitForText(page, '石阡县流动党员之家 · 你好，张三');
  expect(calls[0]).toEqual({ name: 'api', action: 'member.me', payload: {} });
  // A member gets the study card, with what study.list answered.
  await waitForText(page, '1 项待打卡');
  expect(calls).toContainEqual({ name: 'api', action: 'study.list', payload: { limit: 20 } });
  expect(textOf(page)).toContain('最新：学习全会精神');
  expect(textOf(page)).toContain('本支部尚未设定主题党日时间');
  expect(textOf(page)).toContain('石阡县驻杭州流动党员党支部（杭州）');
  expect(textOf(page)).toContain('龙塘镇网上党小组（龙塘镇）');
  // A county exists, so no first-run card.
  expect(textOf(page)).not.toContain('初始化县委组织部');

  // The tap goes through Taro's event handler (eh) to the React onClick.
  const navigateTo = jest.spyOn(wx, 'navigateTo');
  tapText(page, '我的档案');
  await waitFor(() => navigateTo.mock.calls.length > 0, () => 'tapping 我的档案 did not navigate');
  expect(navigateTo.mock.calls[0][0]).toMatchObject({ url: '/pages/profile/index' });
});
