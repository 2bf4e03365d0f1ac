/**
 * The one place the SDK is initialised (module scope: once per cold start). The unmodified
 * wx-server-sdk talks to WeChat cloud in production and to the local cloud's /admin endpoint in
 * development; nothing here knows which.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK is CommonJS and external to the bundle: required as CloudBase installs it
const cloud: typeof import('wx-server-sdk') = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

/**
 * `throwOnNotFound: false`: doc(id).get() answers `{ data: null }` for a missing document instead
 * of throwing, so "not there" stays a value and real failures stay exceptions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's typings do not cover transactions and several query options
export type DbHandle = { collection(name: string): any };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as DbHandle
export const db: any = cloud.database({ throwOnNotFound: false } as never);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as DbHandle: the command typings miss operators we use
export const _: any = db.command;

/** Runs `fn` in a database transaction (single-document operations only, as on WeChat cloud). */
export function inTransaction<T>(fn: (tx: DbHandle) => Promise<T>): Promise<T> {
  return db.runTransaction(fn, 3) as Promise<T>;
}

export { cloud };
