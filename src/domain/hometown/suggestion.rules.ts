import type { ReplyStatus, Suggestion, SuggestionStatus } from './suggestion.schema';

/** Chinese labels of the statuses, shown on both sides. */
export const suggestionStatusLabels: Record<SuggestionStatus, string> = {
  submitted: '待答复',
  replied: '已答复',
  adopted: '已采纳',
  noted: '已存档',
};

/**
 * The status a reply may set from `from`: submitted → replied → adopted | noted. A reply may also
 * decide at once (submitted → adopted | noted) and a replied suggestion may get further replies.
 * adopted and noted are final: the answer is given, nothing moves any more.
 */
export function canMoveSuggestion(from: SuggestionStatus, to: ReplyStatus): boolean {
  if (from === 'adopted' || from === 'noted') return false;
  return to === 'replied' || to === 'adopted' || to === 'noted';
}

export const isFinalSuggestion = (status: SuggestionStatus): boolean => status === 'adopted' || status === 'noted';

/** Replies kept on a suggestion (one document; a conversation longer than this keeps its latest). */
export const REPLIES_KEPT = 20;

/** The suggestion after a reply: the reply appended (latest kept), the status moved. */
export function applyReply(s: Pick<Suggestion, 'replies'>, reply: Suggestion['replies'][number]): Pick<Suggestion, 'replies' | 'status' | 'updatedAt'> {
  return { replies: [...s.replies, reply].slice(-REPLIES_KEPT), status: reply.status, updatedAt: reply.at };
}
