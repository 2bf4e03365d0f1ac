/** What a suggestion may say, as plain data: the member's form uses it without loading zod (suggestion.schema.ts enforces it). */

/** 我为家乡谋发展: what a member suggests for his home village. */
export const suggestionCategories = ['产业', '基础设施', '人才', '其他'] as const;
export type SuggestionCategory = (typeof suggestionCategories)[number];

export const SUGGESTION_TEXT_MAX = 2000;

export const suggestionStatuses = ['submitted', 'replied', 'adopted', 'noted'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];
