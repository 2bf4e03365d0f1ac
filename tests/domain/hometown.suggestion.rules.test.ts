import type { Caller } from '@/domain/auth/grant';
import { canPushTo, isInsider } from '@/domain/auth/scope.rules';
import {
  canHandleSuggestion,
  canManageProject,
  canReadHometownUnit,
  seesNamedHeadPhone,
  suggestionScope,
} from '@/domain/hometown/hometown-scope.rules';
import { isJobValid, jobTargets } from '@/domain/hometown/job.rules';
import { applyReply, canMoveSuggestion, isFinalSuggestion, REPLIES_KEPT } from '@/domain/hometown/suggestion.rules';
import { replyStatuses, suggestionStatuses, suggestSubmitInputSchema } from '@/domain/hometown/suggestion.schema';
import { atShanghai } from '@/domain/shared/day.rules';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const county = caller({ grants: [{ role: 'county' }] });
const sysadmin = caller({ grants: [{ role: 'sysadmin' }] });
const secA = caller({ grants: [{ role: 'secretary', branchId: 'bA' }] });
const secB = caller({ grants: [{ role: 'secretary', branchId: 'bB' }] });
const cadre1 = caller({ grants: [{ role: 'cadre', groupId: 'g1' }] });
const cadre2 = caller({ grants: [{ role: 'cadre', groupId: 'g2' }] });
const member = caller({ memberId: 'm1', placement: { branchId: 'bA', groupId: 'g1' } });
const stranger = caller({});

describe('suggestion status', () => {
  it('lets a reply move submitted or replied to replied, adopted or noted, and nothing move a final answer', () => {
    const moves = suggestionStatuses.flatMap((from) => replyStatuses.filter((to) => canMoveSuggestion(from, to)).map((to) => `${from}→${to}`));
    expect(moves).toEqual(['submitted→replied', 'submitted→adopted', 'submitted→noted', 'replied→replied', 'replied→adopted', 'replied→noted']);
    expect(suggestionStatuses.filter(isFinalSuggestion)).toEqual(['adopted', 'noted']);
  });

  it('appends the reply, moves the status and keeps only the latest replies', () => {
    const reply = (i: number) => ({ byName: '李书记', text: `答复${i}`, status: 'replied' as const, at: i });
    expect(applyReply({ replies: [] }, { ...reply(1), status: 'adopted' })).toEqual({ replies: [{ ...reply(1), status: 'adopted' }], status: 'adopted', updatedAt: 1 });
    const long = applyReply({ replies: Array.from({ length: REPLIES_KEPT }, (_, i) => reply(i)) }, reply(99));
    expect(long.replies).toHaveLength(REPLIES_KEPT);
    expect(long.replies.at(-1)!.text).toBe('答复99');
    expect(long.replies[0].text).toBe('答复1');
  });

  it('validates a suggestion: title, at least 10 characters of text, a known category', () => {
    const ok = { title: '建冷库', text: '村里猕猴桃每年烂掉不少，建议建一个冷库。', category: '产业' };
    expect(suggestSubmitInputSchema.safeParse(ok).success).toBe(true);
    expect(suggestSubmitInputSchema.safeParse({ ...ok, text: '太短' }).success).toBe(false);
    expect(suggestSubmitInputSchema.safeParse({ ...ok, category: '政治' }).success).toBe(false);
    expect(suggestSubmitInputSchema.safeParse({ ...ok, memberId: 'm9' }).success).toBe(false); // identity never from the payload
  });
});

describe('hometown scope', () => {
  const s = { branchId: 'bA', groupId: 'g1' };
  it('lets the county, the author branch secretary and the village cadre answer a suggestion', () => {
    expect([county, secA, cadre1].map((c) => canHandleSuggestion(c, s))).toEqual([true, true, true]);
    expect([sysadmin, secB, cadre2, member, stranger].map((c) => canHandleSuggestion(c, s))).toEqual([false, false, false, false, false]);
    expect(suggestionScope(county)).toEqual({ all: true });
    expect(suggestionScope(caller({ grants: [{ role: 'secretary', branchId: 'bA' }, { role: 'cadre', groupId: 'g2' }] }))).toEqual({ all: false, branchIds: ['bA'], groupIds: ['g2'] });
    expect(suggestionScope(member)).toBeNull();
  });

  it('lets the county manage every project and a secretary those of his branches', () => {
    expect(canManageProject(county, { branchId: null })).toBe(true);
    expect(canManageProject(sysadmin, { branchId: 'bB' })).toBe(true);
    expect(canManageProject(secA, { branchId: 'bA' })).toBe(true);
    expect(canManageProject(secA, { branchId: 'bB' })).toBe(false);
    expect(canManageProject(secA, { branchId: null })).toBe(false);
    expect(canManageProject(cadre1, { branchId: 'bA' })).toBe(false);
  });

  it('shows stations to insiders, named heads phones only to the county', () => {
    expect([member, secA, county].every(isInsider)).toBe(true);
    expect(isInsider(stranger)).toBe(false);
    expect(isInsider({ ...stranger, grants: [{ role: 'inflow', agreementId: 'ag1' }] })).toBe(false);
    expect([county].map(seesNamedHeadPhone)).toEqual([true]);
    expect([sysadmin, secA, member].map(seesNamedHeadPhone)).toEqual([false, false, false]);
  });

  it('reads dashboard figures of units within scope only', () => {
    expect(canReadHometownUnit(county, {})).toBe(true);
    expect(canReadHometownUnit(secA, { branchId: 'bA' })).toBe(true);
    expect(canReadHometownUnit(secA, { branchId: 'bB' })).toBe(false);
    expect(canReadHometownUnit(secA, {})).toBe(false);
    expect(canReadHometownUnit(cadre1, { groupId: 'g1' })).toBe(true);
    expect(canReadHometownUnit(cadre1, { groupId: 'g2' })).toBe(false);
  });
});

describe('job pushes', () => {
  it('lets the county push anywhere and a secretary to his own branches only', () => {
    expect(canPushTo(county, { scope: 'cities', cities: ['杭州'] })).toBe(true);
    expect(canPushTo(secA, { scope: 'branches', branchIds: ['bA'] })).toBe(true);
    expect(canPushTo(secA, { scope: 'branches', branchIds: ['bA', 'bB'] })).toBe(false);
    expect(canPushTo(secA, { scope: 'county' })).toBe(false);
    expect(canPushTo(secA, { scope: 'cities', cities: ['杭州'] })).toBe(false);
    expect(canPushTo(cadre1, { scope: 'branches', branchIds: ['bA'] })).toBe(false);
  });

  it('targets members by branch or by the city they work in', () => {
    const m = { branchId: 'bA', city: '宁波' };
    expect(jobTargets({ scope: 'county' }, m)).toBe(true);
    expect(jobTargets({ scope: 'branches', branchIds: ['bA'] }, m)).toBe(true);
    expect(jobTargets({ scope: 'branches', branchIds: ['bB'] }, m)).toBe(false);
    expect(jobTargets({ scope: 'cities', cities: ['宁波'] }, m)).toBe(true);
    expect(jobTargets({ scope: 'cities', cities: ['杭州'] }, m)).toBe(false);
    expect(jobTargets({ scope: 'cities', cities: ['杭州'] }, { branchId: 'bA', city: null })).toBe(false);
  });

  it('keeps a job valid through its last Shanghai day', () => {
    const job = { validUntil: '2026-12-02' };
    expect(isJobValid(job, atShanghai('2026-12-02', '23:59'))).toBe(true);
    expect(isJobValid(job, atShanghai('2026-12-03', '00:00'))).toBe(false);
  });
});
