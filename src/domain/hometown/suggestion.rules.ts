import type { ReplyStatus, Suggestion, SuggestionStatus } from './suggestion.schema';

/** Chinese labels of the statuses, shown on both sides. */
export const suggestionStatusLabels: Record<SuggestionStatus, string> = {
  submitted: '待答复',
  replied: '已答复',
  adopted: '已采纳',
  noted: '已存档',
};

/** adopted and noted are final: the answer is given, nothing moves any more. */
export const isFinalSuggestion = (status: SuggestionStatus): boolean => status === 'adopted' || status === 'noted';

/**
 * The status a reply may set from `from`: submitted → replied → adopted | noted. A reply may also
 * decide at once (submitted → adopted | noted) and a replied suggestion may get further replies:
 * every reply status (`to`) is open until the suggestion is final.
 */
export const canMoveSuggestion = (from: SuggestionStatus, _to: ReplyStatus): boolean => !isFinalSuggestion(from);

/** Replies kept on a suggestion (one document; a conversation longer than this keeps its latest). */
export const REPLIES_KEPT = 20;

/** The suggestion after a reply: the reply appended (latest kept), the status moved. */
export function applyReply(s: Pick<Suggestion, 'replies'>, reply: Suggestion['replies'][number]): Pick<Suggestion, 'replies' | 'status' | 'updatedAt'> {
  return { replies: [...s.replies, reply].slice(-REPLIES_KEPT), status: reply.status, updatedAt: reply.at };
}
