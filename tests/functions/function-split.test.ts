/**
 * The Excel actions have a function of their own (`sheets`) so exceljs costs no other action's cold
 * start: each user-facing function serves exactly the actions the contracts table assigns it (the
 * table the app's call site routes by), and only `sheets` carries exceljs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actions } from '../../src/contracts';
import { functionOf, type CloudFunctionName } from '../../src/contracts/functions';
import { ensureFunctionsBuilt, root, startTestCloud, type TestCloud } from './helpers/cloud';

jest.setTimeout(120_000);

const userFacing: CloudFunctionName[] = ['api', 'sheets'];
const bundle = (fn: string) => readFileSync(join(root, 'cloudfunctions', fn, 'index.js'), 'utf8');
/** What survives minification of exceljs: its class names (bundles keep names) and its own error messages' links. */
const carriesExceljs = (fn: string) => {
  const code = bundle(fn);
  return { WorkbookWriter: /\bWorkbookWriter\b/.test(code), links: code.includes('github.com/exceljs/exceljs') };
};

describe('the Excel actions in their own function', () => {
  let tc: TestCloud;
  beforeAll(async () => {
    tc = await startTestCloud();
  });
  afterAll(() => tc?.dispose());

  it('bundles exceljs into sheets and not into api', () => {
    ensureFunctionsBuilt();
    expect(carriesExceljs('sheets')).toEqual({ WorkbookWriter: true, links: true });
    expect(carriesExceljs('api')).toEqual({ WorkbookWriter: false, links: false });
  });

  it('routes the ledger export and the workbook import to sheets, the claims of imported records to api', () => {
    expect(['ledger.export', 'ledger.exportStatus', 'import.check', 'import.run', 'import.status'].map(functionOf)).toEqual(Array(5).fill('sheets'));
    expect(['join.match', 'member.claim'].map(functionOf)).toEqual(['api', 'api']);
  });

  it('serves in each function exactly the actions the contracts table assigns it, and refuses the others as unknown', async () => {
    const wrong: string[] = [];
    for (const action of Object.keys(actions)) {
      for (const fn of userFacing) {
        // Without identity an action the function serves stops at AUTH.REQUIRED, after the action lookup.
        const r = (await tc.lc.invoke(fn, { action, payload: {} }, {})) as { ok: boolean; error?: { code: string } };
        const want = fn === functionOf(action) ? 'AUTH.REQUIRED' : 'ACTION.UNKNOWN';
        if (r.ok || r.error?.code !== want) wrong.push(`${fn} ${action}: ${r.ok ? 'OK' : r.error?.code}, want ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
