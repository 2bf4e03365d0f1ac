import type { Group } from './org.schema';

type Named = Pick<Group, '_id' | 'township' | 'village'>;

/**
 * Short labels for village groups in one list: the village alone, or 「村（镇）」 when another group
 * of the list has the same village name — a county often has two 新村 in different townships, and
 * a chip that reads 新村 twice cannot be told apart.
 */
export function groupLabels(groups: Named[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const g of groups) count.set(g.village, (count.get(g.village) ?? 0) + 1);
  return new Map(groups.map((g) => [g._id, (count.get(g.village) ?? 0) > 1 ? `${g.village}（${g.township}）` : g.village]));
}

/** Chip options for a list of village groups, labelled by groupLabels. */
export function groupOptions(groups: Named[]): { value: string; label: string }[] {
  const labels = groupLabels(groups);
  return groups.map((g) => ({ value: g._id, label: labels.get(g._id)! }));
}
