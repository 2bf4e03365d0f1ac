/**
 * A page of `limit` from the `limit + 1` rows a list fetched (newest first by `_id`): the extra row
 * only says a next page exists, and the last shown row's `_id` is the cursor for it.
 */
export function pageOf<T extends { _id: string }, V>(rows: T[], limit: number, view: (row: T) => V): { items: V[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items: items.map(view), nextCursor: rows.length > limit ? items[items.length - 1]._id : null };
}
