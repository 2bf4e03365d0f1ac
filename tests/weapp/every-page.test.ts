import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, distRoot, openPage, setBackend, textOf, waitFor } from './support/built-weapp';

/**
 * Every page of the built weapp (main package and sub-packages) loads in miniprogram-simulate with
 * Taro's weapp runtime and renders something without a runtime error, even when every action but
 * member.me is refused (error states are pages too). simulate runs in jsdom, so this does not
 * catch a DOM-only API used outside the H5 build; it catches pages that do not build or start.
 */
beforeAll(() => assertBuilt());

const app = JSON.parse(fs.readFileSync(path.join(distRoot, 'app.json'), 'utf8')) as { pages: string[]; subPackages?: { root: string; pages: string[] }[] };
const routes = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

const me = {
  openid: 'o_county',
  name: '组织部',
  grants: [{ role: 'county' }],
  member: null,
  branch: null,
  group: null,
  county: { name: '石阡县' },
};

test('the build lists the pages of every area', () => {
  expect(routes).toEqual(expect.arrayContaining(['pages/home/index', 'admin/pairing/index', 'pages/care/index', 'pages/awards/index', 'pages/suggest/index', 'admin/ledger-export/index', 'pages/dashboard/index']));
});

test.each(routes)('%s starts and renders', async (route) => {
  const crashes: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/(TypeError|ReferenceError|is not defined|is not a function)/.test(text)) crashes.push(text);
  });
  try {
    setBackend((_name, event) =>
      event.action === 'member.me' ? { ok: true, data: me } : { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '无权操作' } },
    );
    const page = openPage(route);
    await waitFor(() => textOf(page).trim().length > 0, () => `${route} rendered nothing`);
    await new Promise((r) => setTimeout(r, 50));
    expect(crashes).toEqual([]);
  } finally {
    spy.mockRestore();
  }
});
