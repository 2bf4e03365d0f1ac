import { useState } from 'react';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { askTodoConsent, todoTemplateIds } from './todo-reminder';

/**
 * 待办提醒 as a tap of its own (WeChat's dialog opens only from the tap itself). A one-time
 * subscription is one message per acceptance, so after a tap the button says how many are left
 * and offers another.
 */
export function TodoReminderButton({ member }: { member: boolean }) {
  const { busy, run } = useSubmit();
  const [left, setLeft] = useState<number | null>(null);
  const subscribe = () =>
    run(async () => {
      const { consents } = await askTodoConsent(member);
      // Messages left: the fewest among the templates asked (each is one acceptance per message).
      setLeft(Math.min(...todoTemplateIds(member).map((id) => consents[id] ?? 0)));
    });
  const text = left === null ? '有新待办时微信提醒我' : left ? `已订阅待办提醒（可提醒 ${left} 次）· 再订阅一次` : '未订阅待办提醒 · 点此订阅';
  return <SubmitButton plain busy={busy} text={text} onClick={subscribe} />;
}
