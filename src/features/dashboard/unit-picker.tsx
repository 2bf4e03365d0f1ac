import { Chips, type ChipFilter } from '@/features/shared/form-fields';
import type { UnitOption } from './unit-options';

/**
 * A county has dozens of branches and villages: a few chips at once, the rest reached by typing,
 * the current unit first so the user always sees what he is looking at.
 */
const VISIBLE_UNITS = 8;
const unitFilter: ChipFilter = {
  searchFrom: VISIBLE_UNITS,
  max: VISIBLE_UNITS,
  selectedFirst: true,
  placeholder: '输入支部或村名筛选',
  moreText: ({ total, query }) => (query ? null : `共 ${total} 个，输入名称查找其余`),
};

/** Picks the dashboard's unit among those in scope: chips, with a name filter once there are many. */
export function UnitPicker({ options, value, onChange }: { options: UnitOption[]; value: string | undefined; onChange: (value: string) => void }) {
  return <Chips options={options} value={value} onChange={onChange} filter={unitFilter} />;
}
