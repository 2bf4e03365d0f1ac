/** A unique-index violation, worded as MongoDB's E11000 both on WeChat cloud and in the local cloud. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: unknown; message?: unknown } | null;
  const text = `${e?.errMsg ?? ''} ${e?.message ?? ''} ${typeof err === 'string' ? err : ''}`;
  return /E11000|duplicate key/i.test(text);
}

/** A collection not created yet: WeChat's errCode -502005 (DATABASE_COLLECTION_NOT_EXIST), locally too. */
export function isMissingCollection(err: unknown): boolean {
  const e = err as { errCode?: unknown; errMsg?: unknown; message?: unknown } | null;
  return /-502005|COLLECTION_NOT_EXIST/.test(`${e?.errCode ?? ''} ${e?.errMsg ?? ''} ${e?.message ?? ''}`);
}

/**
 * A transaction write conflict: CloudBase's DATABASE_TRANSACTION_CONFLICT (MongoDB WriteConflict),
 * which wx-server-sdk raises as errCode -501001 inside a transaction and as `code` at commit.
 */
export function isWriteConflict(err: unknown): boolean {
  const e = err as { code?: unknown; errMsg?: unknown; message?: unknown } | null;
  return /TRANSACTION_CONFLICT|WriteConflict|TransactionBusy/.test(`${e?.code ?? ''} ${e?.errMsg ?? ''} ${e?.message ?? ''}`);
}
