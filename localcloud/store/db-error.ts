/**
 * An error the /admin endpoint turns into the cloud's `{code, message}` reply. The SDK maps `code`
 * through its TCB_ERR_CODE table (DATABASE_REQUEST_FAILED -> -502001, DATABASE_INVALID_OPERRATOR ->
 * -502002, DATABASE_COLLECTION_NOT_EXIST -> -502005; unknown codes -> -501001) and throws.
 */
export class DbError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'DbError';
  }
}

export const collectionMissing = (name: string) =>
  new DbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}`);

export const unsupported = (what: string) =>
  new DbError('DATABASE_INVALID_OPERRATOR', `[LocalCloud] unsupported: ${what}`);

/** Worded like MongoDB's E11000 so handlers can match /E11000|duplicate key/ here and in the cloud. */
export const duplicateKey = (coll: string, index: string, keyText: string) =>
  new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] E11000 duplicate key error collection: ${coll} index: ${index} dup key: ${keyText}`);
