import type { OrgTree } from '@/contracts';
import { isArchived, type BranchKind } from '@/domain/org/org.schema';

export interface OrgFilter {
  q: string;
  kind: BranchKind | 'all';
  /** Show archived units too (the county only receives them). */
  archived: boolean;
}

export const emptyOrgFilter: OrgFilter = { q: '', kind: 'all', archived: false };

const matches = (q: string, ...texts: string[]) => !q || texts.some((t) => t.includes(q));

/** The branches page's filter: text (name, city, secretary / township, village), kind, and whether archived units show. */
export function filterTree(tree: OrgTree, f: OrgFilter): Pick<OrgTree, 'branches' | 'groups'> {
  const q = f.q.trim();
  return {
    branches: tree.branches.filter((b) => (f.archived || !isArchived(b)) && (f.kind === 'all' || b.kind === f.kind) && matches(q, b.name, b.city, b.secretaryName)),
    groups: tree.groups.filter((g) => (f.archived || !isArchived(g)) && matches(q, g.name, g.township, g.village)),
  };
}
