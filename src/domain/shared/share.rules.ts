/**
 * `part / whole` as a share 0..1 (0 when there is nothing to share), capped at 1: counters are kept
 * per unit at the time of the act, and a member counted in one unit may have moved since, so a
 * unit's done/signed-in count can overshoot its members today. Completion, attendance and coverage
 * rates all read this way.
 */
export const shareOf = (part: number, whole: number): number => (whole > 0 ? Math.min(1, part / whole) : 0);
