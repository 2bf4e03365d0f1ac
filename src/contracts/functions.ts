/**
 * Which cloud function serves an action, as plain data: the app's one call site routes with it
 * and so imports no schema (every schema would otherwise ride into the main package and the H5
 * entry script). Actions not listed are served by `api`. The contracts table states the same
 * `fn` per action, and tests/domain/contracts/action-functions.test.ts keeps the two equal.
 */
export const actionFunctions: Readonly<Record<string, CloudFunctionName>> = {};

export type CloudFunctionName = 'api';

export const functionOf = (action: string): CloudFunctionName => actionFunctions[action] ?? 'api';
