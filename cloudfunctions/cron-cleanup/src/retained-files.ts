/**
 * What the nightly cleanup removes: every job whose files hold members' personal data and are
 * needed only right after they are made. Each kind names its collection and the fields that hold
 * its fileIDs; a job untouched for the retention loses those files, then its document.
 */
export interface RetainedKind {
  collection: 'exports' | 'imports' | 'posters';
  fileFields: readonly string[];
}

export const RETAINED_KINDS: readonly RetainedKind[] = [
  // Ledger workbooks, and the part files an unfinished export left.
  { collection: 'exports', fileFields: ['fileID', 'partIds'] },
  // The uploaded spreadsheet (names, phones) and the checked rows the import steps read.
  { collection: 'imports', fileFields: ['fileID', 'rowsFileID'] },
  // Zips of the join-code posters the county printed, and the PNGs an unfinished print job left.
  { collection: 'posters', fileFields: ['fileID', 'partIds'] },
];

/** The fileIDs a job's fields hold (a single id, a list, or nothing yet). */
export function filesOf(job: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.flatMap((f) => {
    const v = job[f];
    if (typeof v === 'string' && v) return [v];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x) : [];
  });
}
