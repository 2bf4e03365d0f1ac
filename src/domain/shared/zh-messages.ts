// The one locale file, not `z.locales` (the function bundles leave zod's locale index out: ~350 KB).
import zhCNLocale from 'zod/v4/locales/zh-CN.js';

/**
 * Chinese messages for zod's own issues, for every parse of a shared schema (`parseInput`). zod's
 * zh-CN locale is the fallback, but its type, size and format messages name JavaScript types and
 * regular expressions ("期望 string，实际接收 undefined"), which a person cannot act on; those codes
 * are worded here. Messages a schema sets itself (`'请输入 11 位手机号'`) win over both.
 */
const zhCN = zhCNLocale().localeError;

const LATIN_WORD = /[A-Za-z]{2,}/;

type Issue = Parameters<typeof zhCN>[0];

function sizeMessage(issue: Issue, big: boolean): string {
  const limit = Number(big ? (issue as { maximum?: unknown }).maximum : (issue as { minimum?: unknown }).minimum);
  const origin = (issue as { origin?: string }).origin;
  if (origin === 'string') {
    if (!big && limit <= 1) return '请填写';
    return big ? `不超过 ${limit} 个字` : `至少 ${limit} 个字`;
  }
  if (origin === 'array' || origin === 'set') {
    if (!big && limit <= 1) return '至少选择一项';
    return big ? `最多 ${limit} 项` : `至少 ${limit} 项`;
  }
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return big ? `不能大于 ${limit}` : `不能小于 ${limit}`;
  return big ? '内容过多' : '内容过少';
}

export function zhIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? '请填写' : '格式不正确';
    case 'too_big':
      return sizeMessage(issue, true);
    case 'too_small':
      return sizeMessage(issue, false);
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value': {
      // Choices in Chinese ("男"|"女") help the reader; internal codes (pending|done) do not.
      const shown = zhCN(issue);
      const text = typeof shown === 'string' ? shown : shown?.message;
      return text && !LATIN_WORD.test(text) ? text.replace('无效选项：期望以下之一', '请从以下选择：') : '请从给定选项中选择';
    }
    case 'unrecognized_keys':
      return '含有不认识的字段';
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
      return '格式不正确';
    default: {
      const shown = zhCN(issue);
      const text = typeof shown === 'string' ? shown : shown?.message;
      return text && !LATIN_WORD.test(text) ? text : '格式不正确';
    }
  }
}

/** The error map for `safeParse(input, { error: zhError })`. */
export const zhError = (issue: Issue) => zhIssueMessage(issue);
