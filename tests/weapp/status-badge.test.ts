import simulate from 'miniprogram-simulate';
import { assertBuilt, loadComponent } from './support/built-weapp';

/**
 * The native status-badge component as built into dist/ (its TypeScript compiled by Taro), driven
 * the way a page drives it: through properties set by a parent template.
 */
function renderInHost(data: { status: string; since?: string }) {
  const badge = loadComponent('components/status-badge/index', 'status-badge');
  const host = simulate.load({
    template: '<status-badge id="badge" status="{{status}}" since="{{since}}" />',
    usingComponents: { 'status-badge': badge },
    data: { since: '', ...data },
  });
  const comp = simulate.render(host);
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

beforeAll(assertBuilt);

const badgeOf = (comp: { dom?: HTMLElement }) => comp.dom!.querySelector('wx-text')!;

test('正常 is a green badge', () => {
  const el = badgeOf(renderInHost({ status: '正常' }));
  expect(el.textContent).toBe('正常');
  expect(el.className).toMatch(/status-badge--ok\b/);
});

test('失联 is a red badge with the day contact was lost', () => {
  const el = badgeOf(renderInHost({ status: '失联', since: '2025-03-01' }));
  expect(el.textContent).toBe('失联 · 自 2025-03-01');
  expect(el.className).toMatch(/status-badge--lost\b/);
});

test('失联 without a day says just 失联', () => {
  expect(badgeOf(renderInHost({ status: '失联' })).textContent).toBe('失联');
});

test('a property change from the parent re-renders the badge', async () => {
  const comp = renderInHost({ status: '正常' });
  comp.setData({ status: '失联', since: '2025-06-30' });
  await simulate.sleep(0);
  const el = badgeOf(comp);
  expect(el.textContent).toBe('失联 · 自 2025-06-30');
  expect(el.className).toMatch(/status-badge--lost\b/);
  expect(comp.querySelector('#badge')!.data).toMatchObject({ label: '失联 · 自 2025-06-30', tone: 'lost' });

  comp.setData({ status: '正常' });
  await simulate.sleep(0);
  expect(badgeOf(comp).textContent).toBe('正常');
  expect(badgeOf(comp).className).toMatch(/status-badge--ok\b/);
});
