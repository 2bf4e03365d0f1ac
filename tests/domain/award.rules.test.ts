import { castInto, isNominationOpen, openingProblem, isVotingOpen, voteRefusal, votesLeft, type VoteAttempt } from '../../src/domain/award/vote.rules';
import { rankCandidates } from '../../src/domain/award/ranking.rules';
import { coversMembers, isInsider } from '../../src/domain/auth/scope.rules';
import { mayNominate, maySeeCounts } from '../../src/domain/award/award-scope.rules';
import { awardOpenInputSchema } from '../../src/domain/award/award.schema';
import { atShanghai } from '../../src/domain/shared/day.rules';
import type { Caller } from '../../src/domain/auth/grant';

const campaign = { status: 'open' as const, voteStartDay: '2026-12-01', voteEndDay: '2026-12-07', votesPerVoter: 2, kind: 'member' as const };
const inWindow = atShanghai('2026-12-03', '10:00');
const attempt = (over: Partial<VoteAttempt> = {}): VoteAttempt => ({ campaign, now: inWindow, candidateId: 'c1', nominated: true, voterMemberId: 'v1', ballot: null, ...over });

describe('vote rules', () => {
  it('accepts a first vote inside the window', () => {
    expect(voteRefusal(attempt())).toBeNull();
    expect(voteRefusal(attempt({ ballot: { used: 1, candidateIds: ['c2'] } }))).toBeNull();
  });

  it('refuses outside the window, on Shanghai days', () => {
    expect(voteRefusal(attempt({ now: atShanghai('2026-11-30', '23:59') }))).toBe('outside');
    expect(voteRefusal(attempt({ now: atShanghai('2026-12-01', '00:00') }))).toBeNull();
    expect(voteRefusal(attempt({ now: atShanghai('2026-12-07', '23:59') }))).toBeNull();
    expect(voteRefusal(attempt({ now: atShanghai('2026-12-08', '00:00') }))).toBe('outside');
  });

  it('refuses a closed or published campaign before anything else', () => {
    expect(voteRefusal(attempt({ campaign: { ...campaign, status: 'closed' }, nominated: false }))).toBe('closed');
    expect(voteRefusal(attempt({ campaign: { ...campaign, status: 'published' } }))).toBe('closed');
  });

  it('refuses an unknown candidate, himself, a second vote for the same candidate, and more than allowed', () => {
    expect(voteRefusal(attempt({ nominated: false }))).toBe('not_nominated');
    expect(voteRefusal(attempt({ candidateId: 'v1' }))).toBe('self');
    expect(voteRefusal(attempt({ candidateId: 'v1', campaign: { ...campaign, kind: 'branch' } }))).toBeNull();
    expect(voteRefusal(attempt({ ballot: { used: 1, candidateIds: ['c1'] } }))).toBe('already');
    expect(voteRefusal(attempt({ ballot: { used: 2, candidateIds: ['c2', 'c3'] } }))).toBe('exhausted');
    // a repeat is reported as such even when the votes are used up
    expect(voteRefusal(attempt({ ballot: { used: 2, candidateIds: ['c1', 'c3'] } }))).toBe('already');
  });

  it('counts votes left and builds the next ballot', () => {
    expect(votesLeft(campaign, null)).toBe(2);
    expect(votesLeft(campaign, { used: 2 })).toBe(0);
    expect(castInto(null, 'c1')).toEqual({ used: 1, candidateIds: ['c1'] });
    expect(castInto({ used: 1, candidateIds: ['c1'] }, 'c2')).toEqual({ used: 2, candidateIds: ['c1', 'c2'] });
  });

  it('takes nominations until voting starts', () => {
    expect(isNominationOpen(campaign, atShanghai('2026-11-30', '23:59'))).toBe(true);
    expect(isNominationOpen(campaign, atShanghai('2026-12-01', '00:00'))).toBe(false);
    expect(isNominationOpen({ ...campaign, status: 'closed' }, atShanghai('2026-11-01', '00:00'))).toBe(false);
    expect(isVotingOpen({ ...campaign, status: 'closed' }, inWindow)).toBe(false);
  });

  it('opens a campaign only with a window not over and a nomination phase before it', () => {
    const now = atShanghai('2026-11-20', '12:00');
    expect(openingProblem({ voteStartDay: '2026-11-21', voteEndDay: '2026-11-21' }, now)).toBeNull();
    expect(openingProblem({ voteStartDay: '2026-11-20', voteEndDay: '2026-11-30' }, now)).toMatchObject({ path: 'voteStartDay' });
    expect(openingProblem({ voteStartDay: '2026-11-10', voteEndDay: '2026-11-19' }, now)).toMatchObject({ path: 'voteEndDay' });
  });

  it('keeps votes per voter within the seats in the schema', () => {
    const base = { kind: 'branch', title: '十佳', year: 2026, votesPerVoter: 10, voteStartDay: '2026-12-01', voteEndDay: '2026-12-07' };
    expect(awardOpenInputSchema.safeParse(base).success).toBe(true);
    expect(awardOpenInputSchema.safeParse({ ...base, votesPerVoter: 11 }).success).toBe(false);
    expect(awardOpenInputSchema.safeParse({ ...base, kind: 'member', votesPerVoter: 20 }).success).toBe(true);
    expect(awardOpenInputSchema.safeParse({ ...base, voteEndDay: '2026-11-30' }).success).toBe(false);
  });
});

describe('ranking', () => {
  const c = (id: string, votes: number, at: number) => ({ id, votes, at });
  it('ranks by votes with shared ranks and elects the seats', () => {
    const r = rankCandidates([c('a', 3, 1), c('b', 5, 2), c('c', 3, 0), c('d', 1, 3)], 2);
    expect(r.map((x) => [x.item.id, x.rank, x.elected, x.tie])).toEqual([
      ['b', 1, true, false],
      ['c', 2, true, true],
      ['a', 2, true, true],
      ['d', 4, false, false],
    ]);
  });

  it('elects nobody without votes and flags no tie inside the seats', () => {
    const r = rankCandidates([c('a', 2, 1), c('b', 2, 2), c('c', 0, 3)], 3);
    expect(r.map((x) => [x.item.id, x.rank, x.elected, x.tie])).toEqual([
      ['a', 1, true, false],
      ['b', 1, true, false],
      ['c', 3, false, false],
    ]);
    expect(rankCandidates([], 10)).toEqual([]);
  });
});

describe('award scope', () => {
  const caller = (grants: Caller['grants']): Caller => ({ openid: 'o', memberId: null, name: null, grants, placement: null });
  it('lets the county nominate anyone, a secretary his branch and its members, a cadre his group\'s members', () => {
    const county = caller([{ role: 'county' }]);
    const sec = caller([{ role: 'secretary', branchId: 'bA' }]);
    const cadre = caller([{ role: 'cadre', groupId: 'g1' }]);
    const sys = caller([{ role: 'sysadmin' }]);
    expect(mayNominate(county, { kind: 'branch', branchId: 'bB' })).toBe(true);
    expect(mayNominate(sec, { kind: 'branch', branchId: 'bA' })).toBe(true);
    expect(mayNominate(sec, { kind: 'branch', branchId: 'bB' })).toBe(false);
    expect(mayNominate(sec, { kind: 'member', branchId: 'bA', groupId: 'g9' })).toBe(true);
    expect(mayNominate(sec, { kind: 'member', branchId: 'bB', groupId: 'g1' })).toBe(false);
    expect(mayNominate(cadre, { kind: 'member', branchId: 'bB', groupId: 'g1' })).toBe(true);
    expect(mayNominate(cadre, { kind: 'branch', branchId: 'bB' })).toBe(false);
    expect(mayNominate(sys, { kind: 'branch', branchId: 'bB' })).toBe(false);
  });

  it('shows counts to the county at any time and to others once published', () => {
    expect(maySeeCounts(caller([{ role: 'county' }]), 'open')).toBe(true);
    expect(maySeeCounts(caller([{ role: 'secretary', branchId: 'bA' }]), 'closed')).toBe(false);
    expect(maySeeCounts(caller([]), 'published')).toBe(true);
  });

  it('is for our own people: members and our organisers, not strangers nor inflow organisers', () => {
    const inflow = caller([{ role: 'inflow', agreementId: 'a1' }]);
    expect(isInsider(caller([]))).toBe(false);
    expect(isInsider(inflow)).toBe(false);
    expect(isInsider({ ...inflow, memberId: 'm1' })).toBe(true);
    expect(isInsider({ ...caller([]), memberId: 'm1' })).toBe(true);
    expect(isInsider(caller([{ role: 'cadre', groupId: 'g1' }]))).toBe(true);
    expect(coversMembers(inflow)).toBe(false);
    expect(coversMembers(caller([{ role: 'sysadmin' }]))).toBe(false);
    expect(coversMembers(caller([{ role: 'cadre', groupId: 'g1' }]))).toBe(true);
  });
});
