import { z } from 'zod';
import { idSchema, pageFields } from '../shared/fields.schema';
import { SUGGESTION_TEXT_MAX, suggestionCategories, suggestionStatuses, type SuggestionCategory, type SuggestionStatus } from './suggestion.constants';
// Plain values live in suggestion.constants.ts, which the app imports without loading zod.
export { SUGGESTION_TEXT_MAX, suggestionCategories, suggestionStatuses, type SuggestionCategory, type SuggestionStatus } from './suggestion.constants';

/** What an organiser's reply may set the status to (never back to submitted). */
export const replyStatuses = ['replied', 'adopted', 'noted'] as const;
export type ReplyStatus = (typeof replyStatuses)[number];

export const REPLY_TEXT_MAX = 1000;

export const suggestSubmitInputSchema = z.strictObject({
  title: z.string().trim().min(1, '请输入标题').max(40, '标题不超过 40 个字'),
  text: z.string().trim().min(10, '建议内容至少 10 个字').max(SUGGESTION_TEXT_MAX, `建议内容不超过 ${SUGGESTION_TEXT_MAX} 个字`),
  category: z.enum(suggestionCategories, { message: '请选择类别' }),
  /** The village group the suggestion is for; omitted = the member's own home group. */
  groupId: idSchema.optional(),
});

export const suggestListInputSchema = z.strictObject({
  /** Organiser queue (his scope) instead of the caller's own suggestions. */
  manage: z.boolean().optional(),
  status: z.enum(suggestionStatuses).optional(),
  ...pageFields(50),
});

export const suggestReplyInputSchema = z.strictObject({
  suggestionId: idSchema,
  text: z.string().trim().min(1, '请输入答复内容').max(REPLY_TEXT_MAX, `答复不超过 ${REPLY_TEXT_MAX} 个字`),
  status: z.enum(replyStatuses, { message: '请选择处理结果' }),
});

export type SuggestSubmitInput = z.infer<typeof suggestSubmitInputSchema>;
export type SuggestListInput = z.infer<typeof suggestListInputSchema>;
export type SuggestReplyInput = z.infer<typeof suggestReplyInputSchema>;

export interface SuggestionReply {
  byName: string;
  text: string;
  status: ReplyStatus;
  at: number;
}

export interface Suggestion {
  _id: string;
  memberId: string;
  openid: string;
  authorName: string;
  /** The author's branch when he submitted (its secretary handles it). */
  branchId: string;
  /** The village group it is for (its cadre handles it). */
  groupId: string;
  villageName: string;
  title: string;
  text: string;
  category: SuggestionCategory;
  status: SuggestionStatus;
  replies: SuggestionReply[];
  createdAt: number;
  updatedAt: number;
}
