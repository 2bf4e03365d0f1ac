/** Chip lists of hundreds of villages: a filter box, a capped list, the choice always in sight. */
import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Chips, MultiChips } from '@/features/shared/form-fields';
import { SEARCH_FROM, SHOWN, visibleChips } from '@/features/shared/chip-filter';

const villages = Array.from({ length: 120 }, (_, i) => ({ value: `g${i}`, label: `${['龙井', '虎跑', '新塘', '白沙'][i % 4]}${i}村` }));

describe('visibleChips', () => {
  it('shows a short list whole, without a filter', () => {
    const short = villages.slice(0, SEARCH_FROM);
    expect(visibleChips(short, '', [])).toEqual({ shown: short, hidden: 0 });
  });

  it('caps a long list, keeping the selected options and the list order', () => {
    const { shown, hidden } = visibleChips(villages, '', ['g100']);
    expect(shown).toHaveLength(SHOWN);
    expect(shown.map((o) => o.value)).toContain('g100');
    expect(shown.map((o) => o.value)).toEqual([...villages.slice(0, SHOWN - 1).map((o) => o.value), 'g100']);
    expect(hidden).toBe(villages.length - SHOWN);
  });

  it('filters by the label, the selected options staying in sight', () => {
    const { shown, hidden } = visibleChips(villages, '新塘1', ['g0']);
    expect(shown.map((o) => o.label)).toEqual(['龙井0村', '新塘10村', '新塘14村', '新塘18村', '新塘102村', '新塘106村', '新塘110村', '新塘114村', '新塘118村']);
    expect(hidden).toBe(0);
  });

  it('takes a list\'s own limits: its threshold, its cap, the selected options first', () => {
    const few = villages.slice(0, 12);
    expect(visibleChips(few, '', [], { searchFrom: 12 })).toEqual({ shown: few, hidden: 0 });
    const { shown, hidden } = visibleChips(few, '', ['g10'], { searchFrom: 8, max: 8, selectedFirst: true });
    expect(shown.map((o) => o.value)).toEqual(['g10', 'g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
    expect(hidden).toBe(4);
  });
});

it('lets an organiser find one village among 120 by typing, then pick it', () => {
  const picked: string[] = [];
  render(<Chips options={villages} value={undefined} onChange={(v) => picked.push(v)} />);
  expect(screen.getByText(`另有 ${villages.length - SHOWN} 项，请输入关键字筛选`)).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('输入关键字筛选（共 120 项）'), { target: { value: '白沙107' } });
  expect(screen.queryByText('另有', { exact: false })).toBeNull();
  fireEvent.click(screen.getByText('白沙107村'));
  expect(picked).toEqual(['g107']);
});

it('keeps several chosen villages visible while filtering for another', () => {
  function Harness() {
    const [value, setValue] = useState<string[]>([]);
    return <MultiChips options={villages} value={value} onChange={setValue} />;
  }
  const { container } = render(<Harness />);
  const search = screen.getByPlaceholderText('输入关键字筛选（共 120 项）');
  fireEvent.change(search, { target: { value: '虎跑' } });
  fireEvent.click(screen.getByText('虎跑1村'));
  fireEvent.change(search, { target: { value: '新塘' } });
  fireEvent.click(screen.getByText('新塘2村'));
  expect(Array.from(container.querySelectorAll('.chip-on'), (c) => c.textContent)).toEqual(['虎跑1村', '新塘2村']);
});

it('shows no filter box on a short list', () => {
  render(<Chips options={villages.slice(0, 5)} value="g1" onChange={() => undefined} />);
  expect(screen.queryByPlaceholderText(/输入关键字筛选/)).toBeNull();
  expect(screen.getAllByText(/村$/)).toHaveLength(5);
});
