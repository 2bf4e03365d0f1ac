import type { ErrorBody } from './app-error';

/** The one result shape of every action (DESIGN.md §4). */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });
