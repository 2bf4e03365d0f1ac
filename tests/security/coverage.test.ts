/**
 * Every action of the contracts table has security cases, in exactly one area: adding an action
 * without them fails here. Each area's file in cases/ is listed in areas.ts and run by its own
 * <area>.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { actions } from '../../src/contracts';
import { areas } from './areas';
import { outsiders } from './case';

test('every contracts action has security cases', () => {
  const covered = new Set(areas.flatMap((a) => Object.keys(a.cases)));
  expect(Object.keys(actions).filter((a) => !covered.has(a))).toEqual([]);
});

test('no case names an action the contracts do not have, and none is covered twice', () => {
  const names = areas.flatMap((a) => Object.keys(a.cases));
  expect(names.filter((n) => !(n in actions))).toEqual([]);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

test('every file in cases/ is listed in areas.ts and run by a test file of its own', () => {
  const files = readdirSync(join(__dirname, 'cases')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
  expect(areas.map((a) => a.area).sort()).toEqual(files.sort());
  const tests = new Set(readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')));
  expect(areas.map((a) => `${a.area}.test.ts`).filter((t) => !tests.has(t))).toEqual([]);
});

test('an outsider allowed an action that is not called says why', () => {
  const silent = areas.flatMap((a) =>
    Object.entries(a.cases).flatMap(([action, c]) =>
      outsiders.filter((o) => typeof c!.outsiders[o] !== 'string' && !/\S{4}/.test((c!.outsiders[o] as { allowed: string }).allowed)).map((o) => `${action} as ${o}`),
    ),
  );
  expect(silent).toEqual([]);
});
