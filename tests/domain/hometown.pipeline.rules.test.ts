import { canMoveProject, emptyTotals, isFinalStage, nextStages, normalizeTotals, roundWan, sumTotals, totalsDelta } from '@/domain/hometown/pipeline.rules';
import { projectCreateInputSchema, projectStages } from '@/domain/hometown/project.schema';

describe('return-home project pipeline', () => {
  it('moves forward one stage at a time, drops from open stages, and never leaves a final stage', () => {
    const allowed = projectStages.flatMap((from) => projectStages.filter((to) => canMoveProject(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['lead→negotiating', 'lead→dropped', 'negotiating→landed', 'negotiating→dropped']);
    expect(canMoveProject('lead', 'landed')).toBe(false); // no skipping the negotiation
    expect(canMoveProject('landed', 'negotiating')).toBe(false);
    expect(canMoveProject('dropped', 'lead')).toBe(false);
    expect(canMoveProject('lead', 'lead')).toBe(false);
    expect(projectStages.filter(isFinalStage)).toEqual(['landed', 'dropped']);
    expect(nextStages('negotiating')).toEqual(['landed', 'dropped']);
  });

  it('counts a new project into its stage', () => {
    expect(totalsDelta(null, { stage: 'lead', amount: 120.5, jobs: 30 })).toEqual({ 'lead.count': 1, 'lead.amount': 120.5, 'lead.jobs': 30 });
    // zero figures are not moved
    expect(totalsDelta(null, { stage: 'lead', amount: 0, jobs: 0 })).toEqual({ 'lead.count': 1 });
  });

  it('moves count, amount and jobs from the old stage to the new one on a move', () => {
    expect(totalsDelta({ stage: 'lead', amount: 100, jobs: 20 }, { stage: 'negotiating', amount: 150, jobs: 20 })).toEqual({
      'lead.count': -1, 'lead.amount': -100, 'lead.jobs': -20,
      'negotiating.count': 1, 'negotiating.amount': 150, 'negotiating.jobs': 20,
    });
  });

  it('moves only the difference on an edit within a stage, and nothing when nothing changed', () => {
    expect(totalsDelta({ stage: 'landed', amount: 0.1, jobs: 5 }, { stage: 'landed', amount: 0.3, jobs: 8 })).toEqual({ 'landed.amount': 0.2, 'landed.jobs': 3 });
    expect(totalsDelta({ stage: 'landed', amount: 10, jobs: 5 }, { stage: 'landed', amount: 10, jobs: 5 })).toEqual({});
  });

  it('reads stored totals as full, rounded figures and sums branches', () => {
    expect(normalizeTotals(null)).toEqual(emptyTotals());
    const a = normalizeTotals({ lead: { count: 2, amount: 0.1 + 0.2, jobs: 3 } });
    expect(a.lead).toEqual({ count: 2, amount: 0.3, jobs: 3 });
    expect(a.landed).toEqual({ count: 0, amount: 0, jobs: 0 });
    const b = normalizeTotals({ lead: { count: 1, amount: 1.15 }, landed: { count: 1, amount: 500, jobs: 40 } });
    expect(sumTotals([a, b])).toMatchObject({ lead: { count: 3, amount: 1.45, jobs: 3 }, landed: { count: 1, amount: 500, jobs: 40 } });
    expect(0.1 + 0.7).not.toBe(0.8);
    expect(roundWan(0.1 + 0.7)).toBe(0.8);
  });

  it('accepts amounts in 万元 with at most two decimals and whole, non-negative jobs', () => {
    const base = { name: '返乡茶园', kind: '创业', industry: '茶叶', location: '汤山镇龙井村', amount: 120.25, jobs: 12 };
    expect(projectCreateInputSchema.safeParse(base).success).toBe(true);
    expect(projectCreateInputSchema.safeParse({ ...base, amount: 1.234 }).success).toBe(false);
    expect(projectCreateInputSchema.safeParse({ ...base, amount: -1 }).success).toBe(false);
    expect(projectCreateInputSchema.safeParse({ ...base, jobs: 2.5 }).success).toBe(false);
    expect(projectCreateInputSchema.safeParse({ ...base, stage: 'landed' }).success).toBe(false); // new projects start as leads
  });
});
