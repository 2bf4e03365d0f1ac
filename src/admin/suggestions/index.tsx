import { useState } from 'react';
import { View } from '@tarojs/components';
import type { SuggestionStatus } from '@/domain/hometown/suggestion.schema';
import { suggestionStatuses } from '@/domain/hometown/suggestion.schema';
import { isFinalSuggestion, suggestionStatusLabels } from '@/domain/hometown/suggestion.rules';
import { PagedList } from '@/features/shared/paged-list';
import { ReplyForm } from '@/features/hometown/reply-form';
import { SuggestionItem } from '@/features/hometown/suggestion-item';
import { asOptions, Chips } from '@/features/shared/form-fields';
import { usePaged } from '@/features/shared/use-paged';
import { listSuggestions } from '@/features/hometown/hometown.api';

const ALL = 'all';
type Filter = SuggestionStatus | typeof ALL;

/** The organiser's queue of suggestions in his scope (county / his branch / his village): read, answer, decide. */
export default function SuggestionsPage() {
  const [status, setStatus] = useState<Filter>('submitted');
  const [replying, setReplying] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const list = usePaged(
    (page) => listSuggestions({ manage: true, ...(status === ALL ? {} : { status }), ...page }),
    `${status}:${round}`,
  );
  const filters = [{ value: ALL, label: '全部' }, ...asOptions(suggestionStatuses, suggestionStatusLabels)];
  return (
    <View className="page">
      <View className="card">
        <Chips options={filters} value={status} onChange={(s) => setStatus(s as Filter)} />
      </View>
      <View className="card">
        <PagedList list={list} empty="没有需要处理的建议">
          {(s) => (
            <SuggestionItem key={s._id} item={s} showAuthor>
              {isFinalSuggestion(s.status) ? null : replying === s._id ? (
                <ReplyForm
                  suggestion={s}
                  onReplied={() => {
                    setReplying(null);
                    setRound((n) => n + 1);
                  }}
                />
              ) : (
                <View className="actions">
                  <View className="btn btn-small" onClick={() => setReplying(s._id)}>
                    答复
                  </View>
                </View>
              )}
            </SuggestionItem>
          )}
        </PagedList>
      </View>
    </View>
  );
}
