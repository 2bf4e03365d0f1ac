import { contactBadge } from '../../domain/member/contact-badge.rules';

/**
 * Native weapp component. Taro compiles this script through webpack like the pages, so it can
 * share the wording rule with the H5 fallback instead of copying it.
 */
Component({
  properties: {
    status: { type: String, value: '正常' },
    since: { type: String, value: '' },
  },
  data: contactBadge('正常'),
  observers: {
    'status, since'(status: string, since: string) {
      this.setData(contactBadge(status, since));
    },
  },
});
