import { z } from 'zod';
import { idSchema } from './fields.schema';

/**
 * A job the functions build in steps (the ledger export, the poster print): each call runs what
 * fits the function's time limit, and the client asks again by the job's id until it ends.
 */
export type SteppedJobState = 'running' | 'done' | 'failed';

/** Asking about (and advancing) one's own job. */
export const steppedJobInputSchema = z.strictObject({ jobId: idSchema });
