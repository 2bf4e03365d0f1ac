/** Check-in limits as plain numbers: the check-in form shows them without loading zod (study.schema.ts enforces them). */

export const REFLECTION_MIN = 10;
export const REFLECTION_MAX = 2000;
export const PHOTOS_MAX = 6;
