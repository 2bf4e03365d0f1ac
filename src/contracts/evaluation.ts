import { api, type ActionTable } from './table';
import {
  evalEmptyInputSchema,
  evalOpenRoundInputSchema,
  evalRoundRefSchema,
  evalScoreInputSchema,
  type EvalResult,
  type EvalRound,
  type Evaluee,
} from '../domain/evaluation/evaluation.schema';

/** 述职评议. */
export const evaluationActions = {
  'eval.openRound': api(evalOpenRoundInputSchema),
  'eval.score': api(evalScoreInputSchema),
  'eval.closeRound': api(evalRoundRefSchema),
  'eval.results': api(evalRoundRefSchema),
  'eval.mine': api(evalEmptyInputSchema),
  'eval.rounds': api(evalEmptyInputSchema),
  'eval.sheet': api(evalRoundRefSchema),
} as const satisfies ActionTable;

/** A round's configuration without its people and results (what every view of it shares). */
export type EvalRoundHead = Pick<EvalRound, '_id' | 'year' | 'title' | 'status' | 'startDay' | 'endDay' | 'criteria' | 'tiers' | 'createdAt' | 'closedAt'>;

export interface EvalRoundSummary extends EvalRoundHead {
  evalueeCount: number;
  reviewerCount: number;
  /** The caller is one of its reviewers. */
  isReviewer: boolean;
  /** The caller opens/closes rounds and reads all results. */
  canManage: boolean;
}

/** A reviewer's score sheet: the secretaries and his own scores of each (null: not scored yet). */
export interface EvalSheetView {
  round: EvalRoundHead;
  /** Scoring is possible now (open, inside the window). */
  open: boolean;
  rows: (Pick<Evaluee, 'branchId' | 'branchName' | 'secretaryName'> & { own: boolean; scores: number[] | null; at: number | null })[];
}

export interface EvalProgressRow {
  branchId: string;
  branchName: string;
  secretaryName: string;
  sheets: number;
}

export interface EvaluationOutputs {
  'eval.openRound': EvalRoundSummary;
  'eval.score': { roundId: string; branchId: string; scores: number[]; at: number; revised: boolean };
  'eval.closeRound': { round: EvalRoundHead; results: EvalResult[] };
  'eval.results': {
    round: EvalRoundHead;
    /** After close: every secretary's result, best first. */
    results: EvalResult[] | null;
    /** While open: sheets received per secretary and per reviewer (no scores). */
    progress: { evaluees: EvalProgressRow[]; reviewers: { openid: string; name: string | null; sheets: number }[] } | null;
  };
  'eval.mine': { items: { round: EvalRoundHead; results: EvalResult[] | null }[] };
  'eval.rounds': { items: EvalRoundSummary[] };
  'eval.sheet': EvalSheetView;
}
