import { assertBuilt, openPage, setBackend, waitForText } from './support/built-weapp';

/**
 * 我的调解维权 on weapp: the page is its own sub-package (pages/mediations), loaded from the built
 * dist with its sub-package's chunks, and shows the member's case as the function sends it.
 */
beforeAll(assertBuilt);

test('the built sub-package page lists the member\'s case with its steps', async () => {
  const at = Date.UTC(2026, 11, 3, 2, 30);
  const item = {
    _id: 'c1', kind: '欠薪', villagerName: null, description: '电子厂拖欠四个月工资', handlerName: '张村干', state: 'open', outcome: null,
    steps: [{ at, byName: '张村干', note: '已约老板周五面谈' }], openedAt: at, updatedAt: at,
  };
  const asked: string[] = [];
  setBackend((_fn, event) => {
    asked.push(event.action);
    return { ok: true, data: { items: [item] } };
  });
  const page = openPage('pages/mediations/index');
  await waitForText(page, '已约老板周五面谈');
  expect(asked).toEqual(['mediation.mine']);
  expect(page.dom!.textContent).toContain('办理中');
  expect(page.dom!.textContent).toContain('张村干');
});
