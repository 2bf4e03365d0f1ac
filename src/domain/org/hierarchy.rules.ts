import { isArchived, type BranchKind } from './org.schema';

/**
 * Which kinds may sit directly under which: 流动党委 > 流动党总支 > 流动党支部 / 云支部, and a branch
 * may also sit straight under a 流动党委. Every kind is strictly below its parents, so no chain of
 * parents can loop back (no cycle check needed beyond "not its own parent").
 */
export const allowedParentKinds: Record<BranchKind, readonly BranchKind[]> = {
  流动党委: [],
  流动党总支: ['流动党委'],
  流动党支部: ['流动党委', '流动党总支'],
  云支部: ['流动党委', '流动党总支'],
};

/** Kinds that may hold other units (what the parent picker offers). */
export const parentKinds: readonly BranchKind[] = ['流动党委', '流动党总支'];

interface UnitRef {
  _id: string;
  kind: BranchKind;
  name: string;
  archivedAt?: number | null;
}

/** Why `parent` cannot hold a unit of `kind` (null: it can). Messages name the field as the form labels it. */
export function parentProblem(kind: BranchKind, parent: UnitRef, selfId?: string): string | null {
  if (parent._id === selfId) return '上级党组织不能是它自己';
  if (isArchived(parent)) return `上级党组织「${parent.name}」已撤销`;
  const allowed = allowedParentKinds[kind];
  if (!allowed.includes(parent.kind)) {
    return allowed.length ? `${kind}的上级党组织须为${allowed.join('或')}，「${parent.name}」是${parent.kind}` : `${kind}不设上级党组织`;
  }
  return null;
}

/** Why a unit with these children cannot become `kind` (null: it can). */
export function childrenProblem(kind: BranchKind, children: readonly UnitRef[]): string | null {
  const misfit = children.find((c) => !allowedParentKinds[c.kind].includes(kind));
  return misfit ? `「${misfit.name}」（${misfit.kind}）不能设在${kind}之下，请先调整下属党组织` : null;
}
