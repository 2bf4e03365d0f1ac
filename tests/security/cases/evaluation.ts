/**
 * 述职评议 and 十佳/二十佳 评选. Evaluation: last year's round closed with branch A and B scored,
 * this year's open; the reviewers are the county clerk, cadreG1 and the target himself (so a leak of
 * the reviewer list shows his openid, a world secret); secA is branch A's evaluee. Awards: a member
 * campaign in its voting window with the target nominated by secA and one vote for him (the live
 * count is the county's alone), and a second member campaign still taking nominations.
 * The outsiders are no reviewers and have no grant over the target, but are joined members or
 * organisers of the same county: campaigns are county-wide, so members among them vote and read
 * them; a round answers each of them with his own part only (nothing for non-reviewers).
 */
import { sdkDb } from '../../functions/helpers/study';
import { dayAfter } from '../../functions/helpers/days';
import { TIERS as tiers } from '../../functions/helpers/evaluation';
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { allowed, answersOwn, defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;

const criteria = [
  { name: '抓党建', weight: 60, maxScore: 10 },
  { name: '促发展', weight: 40, maxScore: 10 },
];
const reviewers = [openids.county, openids.cadreG1, openids.target];
const roundInput = (year: number) => ({ year, startDay: dayAfter(0), endDay: dayAfter(10), criteria, tiers, reviewerOpenids: reviewers });
const campaignInput = (year: number) => ({ kind: 'member', title: `${year} 年度二十佳流动党员`, year, votesPerVoter: 2, voteStartDay: dayAfter(1), voteEndDay: dayAfter(7) });
const reason = '扎根异乡不忘初心，组织流动党员开展志愿服务，带动老乡就业。';

/** Members (and organisers) of the county read its campaigns; an inflow organiser and a stranger do not. */
const campaignReaders = {
  otherMember: answersOwn('campaigns are county-wide: every joined member reads and votes; counts hidden while voting'),
  otherSecretary: answersOwn('an organiser of the county: reads campaigns to nominate in his branch'),
  outsideCadre: answersOwn('a joined member (and cadre) of the county'),
  outsideInflow: F,
  stranger: F,
} as const;

export default defineArea({
  area: 'evaluation',
  seed: async (tc, w) => {
    const closed = await tc.data(openids.county, 'eval.openRound', roundInput(2025));
    await tc.data(openids.cadreG1, 'eval.score', { roundId: closed._id, branchId: w.A._id, scores: [9, 8.5] });
    await tc.data(openids.target, 'eval.score', { roundId: closed._id, branchId: w.B._id, scores: [7, 6] });
    await tc.data(openids.county, 'eval.closeRound', { roundId: closed._id });
    const open = await tc.data(openids.county, 'eval.openRound', roundInput(2026));
    await tc.data(openids.target, 'eval.score', { roundId: open._id, branchId: w.A._id, scores: [10, 9.5] });

    const voting = await tc.data(openids.county, 'award.open', campaignInput(2026));
    await tc.data(openids.secA, 'award.nominate', { campaignId: voting._id, candidateId: w.memberIds.target, reason: `王目标：${reason}` });
    await tc.data(openids.cadreG1, 'award.nominate', { campaignId: voting._id, candidateId: w.memberIds.peer, reason: `李同村：${reason}` });
    // The calendar reaches the voting window (no action moves it: nominations close when it opens).
    await sdkDb().collection('awardCampaigns').doc(voting._id).update({ data: { voteStartDay: dayAfter(0) } });
    await tc.data(openids.cadreG1, 'award.vote', { campaignId: voting._id, candidateId: w.memberIds.target });
    const nominating = await tc.data(openids.county, 'award.open', campaignInput(2027));
    return { closedRound: closed._id as string, openRound: open._id as string, voting: voting._id as string, nominating: nominating._id as string };
  },
  cases: {
    'eval.openRound': { as: 'county', valid: () => roundInput(2027), outsiders: refusedToAll(F) },
    'eval.score': {
      // A named reviewer scoring branch A's secretary; no outsider is named.
      as: 'cadreG1',
      valid: (w, f) => ({ roundId: f.openRound, branchId: w.A._id, scores: [8.5, 9] }),
      outsiders: refusedToAll(F),
    },
    'eval.closeRound': { as: 'county', valid: (_w, f) => ({ roundId: f.openRound }), outsiders: refusedToAll(F) },
    // Every secretary's result and the reviewers: the county's only (a secretary reads his own through eval.mine).
    'eval.results': { as: 'county', valid: (_w, f) => ({ roundId: f.closedRound }), reads: true, outsiders: refusedToAll(F) },
    'eval.mine': {
      as: 'secA',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('no round evaluates him: none'),
        otherSecretary: answersOwn('branch B’s own result only, never branch A’s nor the reviewers'),
        outsideCadre: answersOwn('no round evaluates him: none'),
        outsideInflow: answersOwn('none'),
        stranger: answersOwn('none'),
      },
    },
    'eval.rounds': {
      as: 'cadreG1',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('the rounds naming him a reviewer: none'),
        otherSecretary: answersOwn('the rounds naming him a reviewer: none'),
        outsideCadre: answersOwn('the rounds naming him a reviewer: none'),
        outsideInflow: answersOwn('the rounds naming him a reviewer: none'),
        stranger: answersOwn('the rounds naming him a reviewer: none'),
      },
    },
    'eval.sheet': { as: 'cadreG1', valid: (_w, f) => ({ roundId: f.openRound }), reads: true, outsiders: refusedToAll(F) },

    'award.open': { as: 'county', valid: () => campaignInput(2028), outsiders: refusedToAll(F) },
    'award.nominate': {
      // secA puts forward a member of his branch; no outsider runs the target's branch or village.
      as: 'secA',
      valid: (w, f) => ({ campaignId: f.nominating, candidateId: w.memberIds.target, reason: `王目标：${reason}` }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w, f) => ({ campaignId: f.nominating, candidateId: w.memberIds.otherMember, reason: `赵外支：${reason}` }) }],
    },
    'award.vote': {
      as: 'peer',
      valid: (w, f) => ({ campaignId: f.voting, candidateId: w.memberIds.target }),
      beyond: [{ why: 'a vote for himself', code: E.AWARD_SELF_VOTE, payload: (w, f) => ({ campaignId: f.voting, candidateId: w.memberIds.peer }) }],
      outsiders: {
        otherMember: allowed('every joined member of the county votes, across branches'),
        otherSecretary: E.MEMBER_NOT_JOINED,
        outsideCadre: allowed('a joined member of branch B: votes county-wide'),
        outsideInflow: E.MEMBER_NOT_JOINED,
        stranger: E.MEMBER_NOT_JOINED,
      },
    },
    'award.close': { as: 'county', valid: (_w, f) => ({ campaignId: f.voting, publish: true }), outsiders: refusedToAll(F) },
    'award.results': {
      // Live counts while voting are the county's; members hear they are not published yet.
      as: 'county',
      valid: (_w, f) => ({ campaignId: f.voting }),
      reads: true,
      outsiders: { otherMember: E.AWARD_NOT_PUBLISHED, otherSecretary: E.AWARD_NOT_PUBLISHED, outsideCadre: E.AWARD_NOT_PUBLISHED, outsideInflow: F, stranger: F },
    },
    'award.list': { as: 'target', valid: () => ({}), reads: true, outsiders: campaignReaders },
    'award.get': { as: 'target', valid: (_w, f) => ({ campaignId: f.voting }), reads: true, outsiders: campaignReaders },
  },
});
