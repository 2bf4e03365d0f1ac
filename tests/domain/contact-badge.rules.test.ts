import { contactBadge } from '@/domain/member/contact-badge.rules';

// The wording both builds show; the native component's own test covers the weapp rendering.
test.each([
  ['正常', undefined, { label: '正常', tone: 'ok' }],
  ['正常', '2025-03-01', { label: '正常', tone: 'ok' }],
  ['失联', undefined, { label: '失联', tone: 'lost' }],
  ['失联', '2025-03-01', { label: '失联 · 自 2025-03-01', tone: 'lost' }],
])('%s since %s', (status, since, badge) => {
  expect(contactBadge(status, since)).toEqual(badge);
});
