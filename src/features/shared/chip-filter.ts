/**
 * Which chips a long list shows: a county has hundreds of villages, and a wall of chips is
 * unusable on a phone. Lists up to SEARCH_FROM options show everything; longer ones get a filter
 * box and show at most SHOWN matches — selected options always, so a choice never disappears.
 */
export const SEARCH_FROM = 20;
export const SHOWN = 30;

export interface Option {
  value: string;
  label: string;
}

export function visibleChips<O extends Option>(options: readonly O[], query: string, selected: readonly string[]): { shown: O[]; hidden: number } {
  if (options.length <= SEARCH_FROM) return { shown: [...options], hidden: 0 };
  const q = query.trim();
  const matches = options.filter((o) => selected.includes(o.value) || !q || o.label.includes(q));
  const chosen = matches.filter((o) => selected.includes(o.value));
  const others = matches.filter((o) => !selected.includes(o.value)).slice(0, Math.max(0, SHOWN - chosen.length));
  const shown = matches.filter((o) => chosen.includes(o) || others.includes(o));
  return { shown, hidden: matches.length - shown.length };
}
