/**
 * The one place the SDK is initialised (module scope: once per cold start). The unmodified
 * wx-server-sdk talks to WeChat cloud in production and to the local cloud's /admin endpoint in
 * development; nothing here knows which.
 */
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { isWriteConflict } from './db-errors';

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

/**
 * Runs `fn` in a database transaction (single-document operations only, as on WeChat cloud).
 * A write of a document another open transaction holds fails at once (errCode -501001) and
 * runTransaction retries only conflicts reported at commit, so a conflict inside `fn` is retried
 * here: the transaction was rolled back, `fn` runs again from its reads, a few times with a
 * jittered pause. One that still stands answers SYSTEM.BUSY with nothing written.
 */
export async function inTransaction<T>(fn: (tx: DbHandle) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await db.runTransaction(fn, 3)) as T;
    } catch (err) {
      if (!isWriteConflict(err)) throw err;
      if (attempt >= TX_ATTEMPTS) throw new AppError(ErrorCodes.SYSTEM_BUSY, '系统繁忙，请稍后重试');
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 40 * attempt));
    }
  }
}

const TX_ATTEMPTS = 5;

export { cloud };
