import { assertBuilt, bootApp, openPage, setBackend, waitFor, waitForText } from './support/built-weapp';

/**
 * The built weapp asks for the home's first data at onLaunch, before WeChat loads the home page's
 * code, and the home then shows that answer without asking again (docs/decisions/size.md).
 */
beforeAll(assertBuilt);

test('onLaunch on the home asks member.me and todo.mine before any page loads; the home asks nothing more', async () => {
  const asked: string[] = [];
  setBackend((_name, event) => {
    asked.push(event.action);
    if (event.action === 'member.me') return { ok: true, data: { openid: 'o_m', name: '王小明', grants: [], member: null, branch: null, group: null, county: { name: '石阡县' }, reviewing: false } };
    if (event.action === 'todo.mine') return { ok: true, data: { items: [], total: 0 } };
    return { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '无权操作' } };
  });
  bootApp();
  await waitFor(() => asked.length === 2, () => `asked at launch: ${asked.join(', ') || 'nothing'}`);
  expect(asked.sort()).toEqual(['member.me', 'todo.mine']);

  const page = openPage('pages/home/index');
  await waitForText(page, '石阡县流动党员之家');
  expect(asked.filter((a) => a === 'member.me')).toHaveLength(1);
  expect(asked.filter((a) => a === 'todo.mine')).toHaveLength(1);
});
