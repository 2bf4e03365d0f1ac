import { assertBuilt, bootApp, openPage, setBackend, waitForText } from './support/built-weapp';

/**
 * The built weapp asks nothing at onLaunch: the launch-time calls are H5's (its router fetches the
 * home's code after launch); on the phone the home asks for its data itself, once
 * (docs/decisions/size.md).
 */
beforeAll(assertBuilt);

test('onLaunch on the home asks nothing; the home asks member.me once', async () => {
  const asked: string[] = [];
  setBackend((_name, event) => {
    asked.push(event.action);
    if (event.action === 'member.me') return { ok: true, data: { openid: 'o_m', name: '王小明', grants: [], member: null, branch: null, group: null, county: { name: '石阡县' }, reviewing: false } };
    if (event.action === 'todo.mine') return { ok: true, data: { items: [], total: 0 } };
    return { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '无权操作' } };
  });
  bootApp();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(asked).toEqual([]);

  const page = openPage('pages/home/index');
  await waitForText(page, '石阡县流动党员之家');
  expect(asked.filter((a) => a === 'member.me')).toHaveLength(1);
  expect(asked.filter((a) => a === 'todo.mine')).toHaveLength(1);
});
