/**
 * Which cloud function serves an action, as plain data: the app's one call site routes with it
 * and so imports no schema (every schema would otherwise ride into the main package and the H5
 * entry script). Actions not listed are served by `api`. The contracts table states the same
 * `fn` per action, and tests/domain/plain-constants.test.ts keeps the two equal.
 */
export const actionFunctions: Readonly<Record<string, CloudFunctionName>> = {
  // Excel work: exceljs is loaded only by `sheets`, so no other action's cold start pays for it.
  'ledger.export': 'sheets',
  'ledger.exportStatus': 'sheets',
  'import.check': 'sheets',
  'import.run': 'sheets',
  'import.status': 'sheets',
};

export type CloudFunctionName = 'api' | 'sheets';

// Own keys only: an inherited name ('__proto__', 'toString') is no action, and goes to api to be refused there.
export const functionOf = (action: string): CloudFunctionName => (Object.prototype.hasOwnProperty.call(actionFunctions, action) ? actionFunctions[action] : 'api');
