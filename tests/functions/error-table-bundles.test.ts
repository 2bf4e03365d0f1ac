/**
 * The functions' error-code table (src/domain/shared/errors.ts) is built on the app's codes by a
 * call marked pure, so esbuild leaves it out of the timer functions, which never read it: their
 * cold start parses only what they run (docs/decisions/size.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCodes } from '../../src/domain/shared/errors';
import { ensureFunctionsBuilt, root } from './helpers/cloud';

const bundle = (fn: string) => readFileSync(join(root, 'cloudfunctions', fn, 'index.js'), 'utf8');
// A code no app module and no timer function names: present only where the whole table is.
const serverOnlyCode = ErrorCodes.ADMIN_ALREADY_BOOTSTRAPPED;

it('the user-facing functions carry the whole table; the timer functions, which never read it, do not', () => {
  ensureFunctionsBuilt();
  const carries = (fn: string) => bundle(fn).includes(`"${serverOnlyCode}"`);
  expect(['api', 'sheets'].filter(carries)).toEqual(['api', 'sheets']);
  expect(['cron-cleanup', 'cron-reconcile', 'cron-theme-day'].filter(carries)).toEqual([]);
});
