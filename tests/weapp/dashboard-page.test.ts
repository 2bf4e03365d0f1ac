import { assertBuilt, openPage, setBackend, textOf, waitForText } from './support/built-weapp';

/**
 * The dashboard lives in a weapp sub-package (it carries the chart library): the built page loads
 * from it, asks stats.dashboard for the county and lays out the figures. simulate has no canvas
 * 2d node, so the charts draw nothing here; the browser test checks their pixels on H5.
 */
beforeAll(() => assertBuilt('pages/dashboard/index.js'));

test('the dashboard sub-package page shows the county figures', async () => {
  const calls: string[] = [];
  setBackend((_name, event) => {
    calls.push(event.action);
    if (event.action === 'member.me') return { ok: true, data: { openid: 'o1', name: '组织部', grants: [{ role: 'county' }], member: null, branch: null, group: null, county: { name: '石阡县' } } };
    if (event.action === 'org.tree') return { ok: true, data: { county: { name: '石阡县' }, branches: [], groups: [] } };
    if (event.action === 'stats.dashboard') {
      return {
        ok: true,
        data: {
          unit: { kind: 'county', id: null, name: '全县' },
          month: '2026-11',
          org: { committees: 1, branches: 12, groups: 30 },
          members: { total: 3700, lost: 41, byCity: [{ city: '杭州', count: 1500 }], otherCities: 2200, cities: 9, ended: { total: 71, byReason: { 返乡: 0, 返乡创业: 45, 回村任职: 26, 组织关系转出: 0, 其他: 0 } } },
          pairing: { cadres: 60, paired: 3300, share: 0.89, contacts: 812 },
          study: { pushes: 2, expected: 7400, done: 5550, rate: 0.75 },
          themeday: { planned: 12, held: 12, expected: 3700, signedIn: 2960, rate: 0.8 },
        },
      };
    }
    return { ok: false, error: { code: 'ACTION.UNKNOWN', message: event.action } };
  });
  const page = openPage('pages/dashboard/index');
  await waitForText(page, '3700');
  const text = textOf(page);
  expect(text).toContain('直接管理党员');
  expect(text).toContain('分布 9 个城市');
  expect(text).toContain('80%');
  expect(calls).toContain('stats.dashboard');
});
