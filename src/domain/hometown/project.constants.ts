/** A project's stages and kinds, as plain data: the app's pipeline view uses them without loading zod (project.schema.ts enforces them). */

/** 回乡创业/投资: a project moves lead → negotiating → landed, or is dropped on the way. */
export const projectStages = ['lead', 'negotiating', 'landed', 'dropped'] as const;
export type ProjectStage = (typeof projectStages)[number];

export const projectKinds = ['创业', '投资'] as const;
