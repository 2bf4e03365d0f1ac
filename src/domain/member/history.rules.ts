/** The field-by-field difference between a record and the requested changes; unchanged fields drop out. */
export function diffChanges(
  record: object,
  changes: object,
): { field: string; from: unknown; to: unknown }[] {
  const before = record as Record<string, unknown>;
  return Object.entries(changes)
    .filter(([field, to]) => JSON.stringify(before[field] ?? null) !== JSON.stringify(to ?? null))
    .map(([field, to]) => ({ field, from: before[field] ?? null, to: to ?? null }));
}
