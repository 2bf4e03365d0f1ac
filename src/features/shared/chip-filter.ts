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

/** A list's own limits where the defaults do not suit it (e.g. the dashboard's unit picker). */
export interface ChipLimits {
  /** Lists longer than this get the filter box and the cap. */
  searchFrom?: number;
  /** At most this many chips at once, selected ones included. */
  max?: number;
  /** Selected chips ahead of the others instead of in list order. */
  selectedFirst?: boolean;
}

export function visibleChips<O extends Option>(
  options: readonly O[],
  query: string,
  selected: readonly string[],
  { searchFrom = SEARCH_FROM, max = SHOWN, selectedFirst = false }: ChipLimits = {},
): { shown: O[]; hidden: number } {
  if (options.length <= searchFrom) return { shown: [...options], hidden: 0 };
  const q = query.trim();
  const matches = options.filter((o) => selected.includes(o.value) || !q || o.label.includes(q));
  const chosen = matches.filter((o) => selected.includes(o.value));
  const others = matches.filter((o) => !selected.includes(o.value)).slice(0, Math.max(0, max - chosen.length));
  const shown = selectedFirst ? [...chosen, ...others] : matches.filter((o) => chosen.includes(o) || others.includes(o));
  return { shown, hidden: matches.length - shown.length };
}
