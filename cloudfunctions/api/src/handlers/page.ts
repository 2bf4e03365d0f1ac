import { AppError, ErrorCodes } from '@/domain/shared/errors';

/**
 * A page of `limit` from the `limit + 1` rows a list fetched (newest first by `_id`): the extra row
 * only says a next page exists, and the last shown row's `_id` is the cursor for it.
 */
export function pageOf<T extends { _id: string }, V>(rows: T[], limit: number, view: (row: T) => V): { items: V[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items: items.map(view), nextCursor: rows.length > limit ? items[items.length - 1]._id : null };
}

/** Keyset cursors `<number>.<id>`: a sort value and the `_id` that breaks its ties. */
export const encodeCursor = (n: number, id: string) => `${n}.${id}`;

export function decodeCursor(cursor: string | undefined, field: string): { n: number; id: string } | null {
  if (!cursor) return null;
  const m = /^(\d{1,16})\.([A-Za-z0-9_-]{1,128})$/.exec(cursor);
  if (!m) throw new AppError(ErrorCodes.INPUT_INVALID, '分页参数不正确', [{ path: field, message: '分页参数不正确' }]);
  return { n: Number(m[1]), id: m[2] };
}
