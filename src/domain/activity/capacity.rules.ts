import type { Activity } from './activity.schema';

/**
 * Seats. The activity's `enrolled` counter is the reservation: an enrolment takes a seat by a
 * conditional increment that matches only while `enrolled < capacity` (enrolmentGuard), so two
 * members racing for the last seat cannot both get it, and only then writes his record. The guard
 * is a query the repo sends, built here so the rule lives in one place.
 */
export const seatsLeft = (a: Pick<Activity, 'capacity' | 'enrolled'>): number | null => (a.capacity === null ? null : Math.max(0, a.capacity - a.enrolled));

export const isFull = (a: Pick<Activity, 'capacity' | 'enrolled'>): boolean => a.capacity !== null && a.enrolled >= a.capacity;

/**
 * What must still hold of the stored activity for one more seat to be taken: it is not cancelled,
 * its capacity is still the one read (an organiser may have lowered it in between: then the
 * enrolment reads again), and below it seats are left (`below` null: unlimited).
 */
export const enrolmentGuard = (capacity: number | null): { capacity: number | null; below: number | null } => ({ capacity, below: capacity });

/** An edited capacity may not drop below the members enrolled (absent: unlimited). */
export const capacityHolds = (capacity: number | null, enrolled: number): boolean => capacity === null || capacity >= enrolled;
