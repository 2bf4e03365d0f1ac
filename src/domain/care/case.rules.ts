import type { CareCase, CaseState, CaseStep, PersonRef } from './care.schema';

/**
 * The case state machine (关怀帮扶): filed → accepted → in_progress → resolved | cannot_resolve.
 * in_progress → in_progress records a progress note without moving on; a case that cannot be
 * solved may be closed from any open state. resolved and cannot_resolve are final.
 */
const NEXT: Record<CaseState, readonly CaseState[]> = {
  filed: ['accepted', 'cannot_resolve'],
  accepted: ['in_progress', 'cannot_resolve'],
  in_progress: ['in_progress', 'resolved', 'cannot_resolve'],
  resolved: [],
  cannot_resolve: [],
};

/** A case keeps at most this many steps (the document stays far below the cloud's size limit). */
export const TIMELINE_MAX = 100;

export const isClosed = (state: CaseState): boolean => NEXT[state].length === 0;

export const nextStates = (state: CaseState): readonly CaseState[] => NEXT[state];

export const canMove = (from: CaseState, to: CaseState): boolean => NEXT[from].includes(to);

/** Why a step is refused; the handler maps each to its error code. */
export type StepRefusal = 'stale' | 'closed' | 'impossible' | 'not_assigned' | 'timeline_full';

export type StepResult = { ok: true; patch: Pick<CareCase, 'state' | 'version' | 'updatedAt' | 'assignee'>; step: CaseStep } | { ok: false; reason: StepRefusal };

interface StepBase {
  /** The version the actor saw; another step since then makes his request stale. */
  version: number;
  by: PersonRef;
  now: number;
}

function refusal(c: Pick<CareCase, 'version' | 'state' | 'timeline'>, seen: number): StepRefusal | null {
  if (c.version !== seen) return 'stale';
  if (isClosed(c.state)) return 'closed';
  if (c.timeline.length >= TIMELINE_MAX) return 'timeline_full';
  return null;
}

/** Moves the case to `to` with a note. Accepting needs an assignee (someone must own the case). */
export function transition(c: CareCase, req: StepBase & { to: CaseState; note: string }): StepResult {
  const refused = refusal(c, req.version);
  if (refused) return { ok: false, reason: refused };
  if (!canMove(c.state, req.to)) return { ok: false, reason: 'impossible' };
  if (req.to !== 'cannot_resolve' && !c.assignee) return { ok: false, reason: 'not_assigned' };
  return {
    ok: true,
    patch: { state: req.to, version: c.version + 1, updatedAt: req.now, assignee: c.assignee },
    step: { at: req.now, by: req.by, action: 'transition', state: req.to, note: req.note },
  };
}

/** Gives an open case to `assignee` (a reassignment too); the state does not move. */
export function assign(c: CareCase, req: StepBase & { assignee: PersonRef; note: string | null }): StepResult {
  const refused = refusal(c, req.version);
  if (refused) return { ok: false, reason: refused };
  return {
    ok: true,
    patch: { state: c.state, version: c.version + 1, updatedAt: req.now, assignee: req.assignee },
    step: { at: req.now, by: req.by, action: 'assign', state: c.state, note: req.note, assignee: req.assignee },
  };
}

/** The first step of every case. */
export const filingStep = (by: PersonRef, now: number): CaseStep => ({ at: now, by, action: 'file', state: 'filed', note: null });
