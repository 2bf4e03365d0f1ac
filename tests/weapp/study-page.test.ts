import { assertBuilt, openPage, setBackend, textOf, waitForText } from './support/built-weapp';

/**
 * The built study page on weapp: the calendar grid from src/domain (rendered by Taro's templates)
 * with the days checked.mine answered marked, the streaks, and the pushes with their marks.
 */
beforeAll(assertBuilt);

test('the study page marks checked-in days and lists the pushes', async () => {
  setBackend((_name, event) => {
    if (event.action === 'checkin.mine') return { ok: true, data: { month: '2026-11', days: ['2026-11-03', '2026-11-24', '2026-11-25'], streak: { current: 2, longest: 2 }, total: 3 } };
    if (event.action === 'study.list') {
      return {
        ok: true,
        data: {
          items: [
            { _id: 'p2', title: '电商直播技能培训', issueNo: 2, kind: '技能培训', dueDay: '2099-12-31', done: false, open: true },
            { _id: 'p1', title: '学习全会精神', issueNo: 1, kind: '理论学习', dueDay: '2026-11-10', done: false, open: false },
          ],
          nextCursor: null,
        },
      };
    }
    return { ok: false, error: { code: 'ACTION.UNKNOWN', message: event.action } };
  });
  const page = openPage('pages/study/index');

  await waitForText(page, '电商直播技能培训');
  expect(textOf(page)).toContain('2026年11月');
  // simulate scopes class names by component (main--): match the scoped name.
  const marked = Array.from(page.dom!.querySelectorAll('.main--cal-on')).map((el) => el.textContent);
  expect(marked).toEqual(['3', '24', '25']);
  expect(textOf(page)).toContain('未打卡');
  expect(textOf(page)).toContain('已截止');
});
