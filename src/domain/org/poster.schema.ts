import type { z } from 'zod';
import { steppedJobInputSchema, type SteppedJobState } from '../shared/stepped-job.schema';

/** `branch.postersStatus`: the caller's poster job, advanced by one step when it is unfinished. */
export const posterStatusInputSchema = steppedJobInputSchema;
export type PosterStatusInput = z.infer<typeof posterStatusInputSchema>;

export type PosterJobState = SteppedJobState;

/** One unit to print: its join scene is signed when the job starts, so every step draws the same code. */
export interface PosterUnit {
  branchId: string;
  name: string;
  scene: string;
}

/** The `posters` collection: one document per print job (poster-job.rules.ts tells the steps). */
export interface PosterJob {
  _id: string;
  /** Who asked: only he may advance it or fetch its zip. */
  openid: string;
  /** The active units when the job started, in print order (the zip's file numbers). */
  units: PosterUnit[];
  state: PosterJobState;
  /** Units drawn so far: `units[0..done)` have their PNG in `partIds`, same index. */
  done: number;
  /** fileIDs of the drawn PNGs (`posters/<openid>/<jobId>/<branchId>.png`), in unit order. */
  partIds: string[];
  /** The zip, once the last step built it. */
  fileID: string | null;
  fileName: string | null;
  /** The zip's random name part (128 bits), drawn at the start: a rebuilt zip overwrites its own path. */
  fileToken: string;
  /** A call works on the job until this instant (ms); other calls only report its progress. */
  leaseUntil: number;
  /** Consecutive failed steps; the job fails after MAX_FAILURES. */
  failures: number;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}
