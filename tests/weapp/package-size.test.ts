import fs from 'node:fs';
import path from 'node:path';
import { ClientErrorCodes } from '../../src/domain/shared/app-error';
import { ErrorCodes } from '../../src/domain/shared/errors';
import { assertBuilt, distRoot } from './support/built-weapp';
import { builtSizes, MAIN_PACKAGE_BUDGET_KB, mainPackageScripts, PACKAGE_LIMIT_KB } from './support/package-budget';

/** Small and fast to start: what a member downloads before the home page shows (docs/decisions/size.md). */
beforeAll(() => assertBuilt());

test(`the main package stays within ${MAIN_PACKAGE_BUDGET_KB} KB and every sub-package within WeChat's 2 MB`, () => {
  const sizes = builtSizes(distRoot);
  expect(sizes.mainKB).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET_KB);
  expect(Object.entries(sizes.subPackagesKB).filter(([, kb]) => kb > PACKAGE_LIMIT_KB)).toEqual([]);
});

test('no main-package script carries zod: the app validates on the function side and reads plain constants', () => {
  // zod registers each schema class by name ("ZodObject"), which minifying keeps.
  const withZod = mainPackageScripts(distRoot).filter((file) => fs.readFileSync(file, 'utf8').includes('ZodObject'));
  expect(withZod.map((file) => path.relative(distRoot, file))).toEqual([]);
});

test('the main package carries only the error codes the app raises or branches on, not the functions\' table', () => {
  const clientCodes = new Set<string>(Object.values(ClientErrorCodes));
  const serverOnly = Object.values(ErrorCodes).filter((code) => !clientCodes.has(code));
  const scripts = mainPackageScripts(distRoot).map((file) => fs.readFileSync(file, 'utf8'));
  expect(serverOnly.filter((code) => scripts.some((text) => text.includes(`"${code}"`)))).toEqual([]);
  // The client's own codes are there, so the check looks where they would be.
  expect([...clientCodes].filter((code) => !scripts.some((text) => text.includes(`"${code}"`)))).toEqual([]);
});

test('organiser pages load from the admin sub-package, which the home page preloads', () => {
  const app = JSON.parse(fs.readFileSync(path.join(distRoot, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
    preloadRule: Record<string, { network: string; packages: string[] }>;
  };
  const admin = app.subPackages.find((s) => s.root === 'admin');
  expect(admin?.pages).toEqual(expect.arrayContaining(['ledger/index', 'themeday-admin/index', 'roles/index']));
  expect(app.pages.filter((p) => p.startsWith('admin/'))).toEqual([]);
  expect(app.preloadRule['pages/home/index']).toEqual({ network: 'all', packages: ['admin'] });
});

test('the pages a member opens first (home, join, 我的档案, study, theme day) are in the main package', () => {
  const app = JSON.parse(fs.readFileSync(path.join(distRoot, 'app.json'), 'utf8')) as { pages: string[] };
  expect(app.pages).toEqual(expect.arrayContaining(['pages/home/index', 'pages/join/index', 'pages/profile/index', 'pages/study/index', 'pages/themeday/index']));
});
