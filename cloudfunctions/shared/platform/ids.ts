import { randomBytes } from 'node:crypto';

let lastTime = 0;
let seq = 0;

/**
 * Time-sortable document ids: 12 hex digits of milliseconds, a 4-digit in-process sequence (so ids
 * made in the same millisecond by one instance still sort in creation order) and 8 random hex
 * digits (so two instances never collide). Paging orders by `_id`, so newer sorts later.
 */
export function newId(now: number): string {
  if (now > lastTime) {
    lastTime = now;
    seq = 0;
  } else {
    seq = (seq + 1) & 0xffff;
  }
  return lastTime.toString(16).padStart(12, '0') + seq.toString(16).padStart(4, '0') + randomBytes(4).toString('hex');
}
