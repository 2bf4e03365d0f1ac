/** A unique-index violation, worded as MongoDB's E11000 both on WeChat cloud and in the local cloud. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: unknown; message?: unknown } | null;
  const text = `${e?.errMsg ?? ''} ${e?.message ?? ''} ${typeof err === 'string' ? err : ''}`;
  return /E11000|duplicate key/i.test(text);
}
