import { assertBuilt, openPage, setBackend, tapText, waitFor, waitForText } from './support/built-weapp';
import { wxCalls } from './support/wx-platform';

/**
 * The built theme-day page under WeChat's tap rule: signing in asks for nothing, and next month's
 * reminder is a tap of its own, so requestSubscribeMessage runs inside that tap and is answered.
 */
beforeAll(assertBuilt);

const start = Date.now() + 10 * 60_000;
const occurrence = { id: 'b1_2026-12', branchId: 'b1', month: '2026-12', day: '2026-12-08', start, end: start + 7_200_000, signinOpens: start - 1_800_000, signinCloses: start + 7_200_000 };

test('sign in, then subscribe with a tap of its own: the dialog opens and the answer is recorded', async () => {
  const actions: { action: string; payload: any }[] = [];
  let signin: { mode: string; at: number } | null = null;
  setBackend((_name, event: any) => {
    actions.push(event);
    if (event.action === 'themeday.current') return { ok: true, data: { occurrence, sheet: { theme: '学习党章', agenda: ['学习'], links: [], fromCounty: true }, open: true, signin, consents: {}, longTerm: [] } };
    if (event.action === 'themeday.signin') return (signin = { mode: 'online', at: Date.now() }), { ok: true, data: { occurrenceId: occurrence.id, ...signin } };
    if (event.action === 'themeday.subscribe') return { ok: true, data: { consents: { THEMEDAY_REMINDER: 1 }, longTerm: [] } };
    return { ok: false, error: { code: 'ACTION.UNKNOWN', message: event.action } };
  });
  const page = openPage('pages/themeday/index');
  await waitForText(page, '线上签到');
  tapText(page, '线上签到');
  await waitForText(page, '已签到');
  expect(actions.map((a) => a.action)).toEqual(['themeday.current', 'themeday.signin', 'themeday.current']);
  expect(wxCalls.subscribe).toEqual([]);

  tapText(page, '订阅主题党日提醒');
  await waitFor(() => actions.some((a) => a.action === 'themeday.subscribe'), () => `no subscribe; calls: ${actions.map((a) => a.action)}`);
  expect(wxCalls.subscribe).toHaveLength(1);
  expect(actions.find((a) => a.action === 'themeday.subscribe')!.payload).toEqual({ results: { THEMEDAY_REMINDER: 'accept' } });
});

test('the harness refuses the dialog outside a tap, with WeChat\'s own errMsg', async () => {
  const answer = await new Promise((resolve) => (globalThis as any).wx.requestSubscribeMessage({ tmplIds: ['THEMEDAY_REMINDER'], success: resolve, fail: resolve }));
  expect(answer).toEqual({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' });
});
