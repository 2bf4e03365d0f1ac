/** A project's stages and kinds, as plain data: the app's pipeline view uses them without loading zod (project.schema.ts enforces them). */

/** 回乡创业/投资: a project moves lead → negotiating → landed, or is dropped on the way. */
export const projectStages = ['lead', 'negotiating', 'landed', 'dropped'] as const;
export type ProjectStage = (typeof projectStages)[number];

/**
 * 回乡创业 and 投资 are projects; 招商线索 (an investment lead a member passes home) and 家乡产品 (a
 * hometown product he helps sell where he works) follow the same pipeline and counters. The two
 * lead kinds always name the member who brought them: that is what the county counts them for.
 */
export const projectKinds = ['创业', '投资', '招商线索', '家乡产品'] as const;
export type ProjectKind = (typeof projectKinds)[number];
export const broughtByMemberKinds: readonly ProjectKind[] = ['招商线索', '家乡产品'];
export const needsBringer = (kind: ProjectKind): boolean => broughtByMemberKinds.includes(kind);
