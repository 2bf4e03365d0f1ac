import { dayOf } from '../../../src/domain/shared/day.rules';

export const DAY = 86_400_000;

/** A Shanghai day `n` days from now (the functions read the real clock). */
export const dayAfter = (n: number) => dayOf(Date.now() + n * DAY);

/** Today as a Shanghai day. */
export const today = () => dayAfter(0);
