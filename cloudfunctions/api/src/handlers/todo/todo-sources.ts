import { hasRole } from '@/domain/auth/grant';
import { coversMembers, listScope, secretaryBranchIds } from '@/domain/auth/scope.rules';
import type { EvalRound } from '@/domain/evaluation/evaluation.schema';
import { isOwnEvaluee } from '@/domain/evaluation/eval-scope.rules';
import { scoringRefusal } from '@/domain/evaluation/sheet.rules';
import { suggestionScope } from '@/domain/hometown/hometown-scope.rules';
import { cardState, expiringBound } from '@/domain/card/card.rules';
import { atShanghai, dayOf } from '@/domain/shared/day.rules';
import { isSigninOpen, nextOccurrence } from '@/domain/themeday/occurrence.rules';
import type { TodoKind } from '@/domain/todo/todo-kinds';
import { withinUnits } from '@shared/repos/query';
import type { Ctx } from '@shared/dispatch/context';
import { activitiesByIds, enrolmentsStarting, signinsByIds as activitySigninsByIds } from '../../repos/activities.repo';
import { checkinId, existingCheckinIds } from '../../repos/checkins.repo';
import { sheetsOfReviewer } from '../../repos/evaluations.repo';
import { getMember } from '@shared/repos/members.repo';
import { targetingMember } from '../../repos/studies.repo';
import { getPlan, signinId, signinsByIds } from '../../repos/themeday.repo';
import { decidesMoves } from '@/domain/transfer/transfer.rules';
import { countAssignedCases, countCardsLapsing, countPendingJoins, countPendingTransfersInto, countUnansweredSuggestions, openPushIds, openRoundsReviewedBy } from '../../repos/todo.repo';
import { reviewBranches } from '@/domain/lesson/lesson-scope.rules';
import { countLessonsToReview } from '../../repos/lessons.repo';
import { countUnconfirmedMail } from '../../repos/mailings.repo';

/**
 * Where each kind of waiting work comes from: who it applies to (checked on the caller's grants
 * and record, no request) and how many items wait for him (his scope only). One entry per source.
 */
export interface TodoSource {
  applies: (ctx: Ctx) => boolean;
  count: (ctx: Ctx) => Promise<number>;
}

const isMember = ({ caller }: Ctx) => caller.memberId !== null;
const scopeUnits = (ctx: Ctx): object | null => {
  const scope = listScope(ctx.caller);
  return !scope || scope.all ? null : withinUnits(scope);
};

/** The branches whose moves the caller decides (null: the county decides for every branch), as transfer.list and join.requests. */
const decidedBranches = ({ caller }: Ctx): string[] | null => (hasRole(caller, 'county') ? null : secretaryBranchIds(caller));

export const todoSources: Record<TodoKind, TodoSource> = {
  transfersToDecide: {
    applies: ({ caller }) => decidesMoves(caller),
    count: (ctx) => countPendingTransfersInto(decidedBranches(ctx)),
  },
  joinsToDecide: {
    applies: ({ caller }) => decidesMoves(caller),
    count: (ctx) => countPendingJoins(decidedBranches(ctx)),
  },
  careAssigned: {
    // The list's own rule (care.list assignedToMe): his cases, still inside his scope.
    applies: ({ caller }) => coversMembers(caller),
    count: (ctx) => countAssignedCases(ctx.caller.openid, scopeUnits(ctx)),
  },
  suggestionsToAnswer: {
    applies: ({ caller }) => suggestionScope(caller) !== null,
    count: ({ caller }) => {
      const scope = suggestionScope(caller)!;
      return countUnansweredSuggestions(scope.all ? null : withinUnits(scope));
    },
  },
  sheetsToScore: {
    // A round names its reviewers by openid, any user: one indexed read tells.
    applies: () => true,
    count: async (ctx) => {
      const rounds = (await openRoundsReviewedBy<EvalRound>(ctx.caller.openid)).filter((r) => scoringRefusal(r, ctx.now) === null);
      const done = await Promise.all(rounds.map((r) => sheetsOfReviewer(r._id, ctx.caller.openid)));
      return rounds.reduce((n, r, i) => {
        const scored = new Set(done[i].map((s) => s.branchId));
        return n + r.evaluees.filter((e) => !isOwnEvaluee(ctx.caller, e) && !scored.has(e.branchId)).length;
      }, 0);
    },
  },
  cardExpiring: {
    applies: isMember,
    count: async ({ caller, now }) => {
      const state = cardState((await getMember(caller.memberId!))?.activityCardExpiry, now);
      return state === 'expiring' || state === 'expired' ? 1 : 0;
    },
  },
  cardsExpiringInScope: {
    // His secretary's side of the same reminder: the branch's cards lapsing within 30 days or lapsed.
    applies: ({ caller }) => secretaryBranchIds(caller).length > 0,
    count: ({ caller, now }) => countCardsLapsing(secretaryBranchIds(caller), expiringBound(now)),
  },
  studyUnchecked: {
    // isCheckinOpen as a query: published, due today or later.
    applies: ({ caller }) => caller.memberId !== null && caller.placement != null,
    count: async ({ caller, now }) => {
      const ids = await openPushIds(targetingMember(caller.placement!, now), dayOf(now));
      const done = await existingCheckinIds(ids.map((id) => checkinId(id, caller.memberId!)));
      return ids.length - done.size;
    },
  },
  themedayUnsigned: {
    applies: ({ caller }) => caller.memberId !== null && caller.placement != null,
    count: async ({ caller, now }) => {
      const plan = await getPlan(caller.placement!.branchId);
      if (!plan) return 0;
      const o = nextOccurrence(caller.placement!.branchId, plan.plan, now);
      // Waiting only while he can still sign in (or the meeting is today and has not ended).
      if (!isSigninOpen(o, now) && !(o.day === dayOf(now) && now < o.end)) return 0;
      const [mine] = await signinsByIds([signinId(o.id, caller.memberId!)]);
      return mine ? 0 : 1;
    },
  },
  activityToday: {
    // Activities he enrolled in that start today (Shanghai), have not ended and were not cancelled, without his sign-in.
    applies: ({ caller }) => caller.memberId !== null && caller.placement != null,
    count: async ({ caller, now }) => {
      const from = atShanghai(dayOf(now), '00:00');
      const enrolled = await enrolmentsStarting(caller.memberId!, from, from + 86_400_000, now);
      if (!enrolled.length) return 0;
      const [signed, held] = await Promise.all([activitySigninsByIds(enrolled.map((e) => e._id)), activitiesByIds(enrolled.map((e) => e.activityId))]);
      const cancelled = new Set(held.filter((a) => a.cancelled).map((a) => a._id));
      const done = new Set(signed.map((s) => s._id));
      return enrolled.filter((e) => !cancelled.has(e.activityId) && !done.has(e._id)).length;
    },
  },
  lessonsToReview: {
    applies: ({ caller }) => reviewBranches(caller) !== undefined,
    count: ({ caller }) => countLessonsToReview(reviewBranches(caller) ?? null),
  },
  mailToConfirm: {
    applies: isMember,
    count: ({ caller }) => countUnconfirmedMail(caller.memberId!),
  },
};
