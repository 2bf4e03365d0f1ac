import type { Caller } from '@/domain/auth/grant';
import { addStep, canOpenFor, canStep, countByKind } from '@/domain/mediation/mediation.rules';
import { mediationOpenInputSchema, STEPS_MAX } from '@/domain/mediation/mediation.schema';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const placed = { branchId: 'b1', groupId: 'g1', handler: { openid: 'cadre', name: '张村干' } };
const step = (over = {}) => ({ at: 1, by: { openid: 'o', name: null }, note: '联系了老板', ...over });

describe('mediation rules', () => {
  it('is opened by organisers covering the member; stepped by its handler while he covers him, or by who supervises', () => {
    const cadre = caller({ openid: 'cadre', grants: [{ role: 'cadre', groupId: 'g1' }] });
    expect(canOpenFor(cadre, placed)).toBe(true);
    expect(canOpenFor(caller({ grants: [{ role: 'sysadmin' }] }), placed)).toBe(false);
    expect(canStep(cadre, placed)).toBe(true);
    expect(canStep({ ...cadre, grants: [] }, placed)).toBe(false);
    expect(canStep(caller({ openid: 'other', grants: [{ role: 'cadre', groupId: 'g1' }] }), placed)).toBe(false);
    expect(canStep(caller({ grants: [{ role: 'secretary', branchId: 'b1' }] }), placed)).toBe(true);
    expect(canStep(caller({ grants: [{ role: 'county' }] }), placed)).toBe(true);
    expect(canStep(caller({ grants: [{ role: 'secretary', branchId: 'b2' }] }), placed)).toBe(false);
  });

  it('adds steps to an open case; an outcome closes it; a closed or full case takes none', () => {
    expect(addStep({ state: 'open', steps: [] }, step())).toEqual({ ok: true, state: 'open', outcome: null });
    expect(addStep({ state: 'open', steps: [] }, step({ outcome: 'resolved' }))).toEqual({ ok: true, state: 'closed', outcome: 'resolved' });
    expect(addStep({ state: 'closed', steps: [] }, step())).toEqual({ ok: false, reason: 'closed' });
    expect(addStep({ state: 'open', steps: Array(STEPS_MAX).fill(step()) }, step())).toEqual({ ok: false, reason: 'full' });
  });

  it('counts per kind, open and closed, closed split by 已化解', () => {
    const counts = countByKind([
      { kind: '工伤赔偿', state: 'closed', outcome: 'resolved' },
      { kind: '工伤赔偿', state: 'closed', outcome: 'unresolved' },
      { kind: '工伤赔偿', state: 'open', outcome: null },
      { kind: '就学', state: 'open', outcome: null },
    ]);
    expect(counts.byKind.工伤赔偿).toEqual({ open: 1, closed: 2, resolved: 1 });
    expect(counts.byKind.就学).toEqual({ open: 1, closed: 0, resolved: 0 });
    expect(counts.byKind.欠薪).toEqual({ open: 0, closed: 0, resolved: 0 });
    expect([counts.open, counts.closed]).toEqual([2, 2]);
  });

  it('needs the 老乡\'s consent and a real phone', () => {
    const base = { kind: '欠薪', description: '工资拖欠三个月', handlerOpenid: 'sec' };
    const noConsent = mediationOpenInputSchema.safeParse({ ...base, party: { kind: 'villager', name: '王老乡', phone: '13722223333', consent: false, broughtBy: 'm1' } });
    expect(noConsent.success || noConsent.error.issues[0].message).toBe('请先征得当事人同意记录姓名和电话');
    expect(mediationOpenInputSchema.safeParse({ ...base, party: { kind: 'villager', name: '王老乡', phone: '13722223333', consent: true, broughtBy: 'm1' } }).success).toBe(true);
    expect(mediationOpenInputSchema.safeParse({ ...base, party: { kind: 'member', memberId: 'm1' } }).success).toBe(true);
  });
});
