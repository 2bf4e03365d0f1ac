import { assertBuilt, openPage, setBackend, waitForText } from './support/built-weapp';

/**
 * The StatusBadge React wrapper on weapp: the built profile page must render the native
 * <status-badge> component (so app.json or the page lists it in usingComponents) with the
 * member's status. Guards the wiring, not the badge itself (status-badge.test.ts does that).
 */
const member = {
  _id: 'm1', openid: 'o-zhang', name: '张三', gender: '男', phone: '13800000000', city: '杭州',
  status: '失联', lostContactAt: '2025-03-01', tags: [], branchId: 'b1', groupId: 'g1', masked: false,
  joinedAt: 0, updatedAt: 0,
};

beforeAll(assertBuilt);

test('a 失联 member sees the native status badge on his profile', async () => {
  setBackend(() => ({
    ok: true,
    data: { openid: 'o-zhang', name: '张三', grants: [], member, branch: null, group: null, county: { name: '石阡县' } },
  }));
  const page = openPage('pages/profile/index');

  await waitForText(page, '13800000000');
  const badge = page.dom!.querySelector('status-badge');
  expect(badge).not.toBeNull();
  // WeChat leaves a custom element it was not told about empty; so does simulate.
  if (!badge!.textContent) throw new Error('<status-badge> rendered nothing: list it in usingComponents (app.config.ts or the page)');
  expect(badge!.textContent).toBe('失联 · 自 2025-03-01');
  expect(badge!.querySelector('wx-text')!.className).toMatch(/status-badge--lost\b/);
});
