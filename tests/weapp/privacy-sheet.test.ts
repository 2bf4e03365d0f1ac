import { assertBuilt, openPage, setBackend, tapText, waitFor, waitForText } from './support/built-weapp';
import { privacy, wxCalls } from './support/wx-platform';

/**
 * The built home page under WeChat's privacy rule: copying the user number (setClipboardData) is
 * held until the user agrees on the page's own sheet, through the agreePrivacyAuthorization button.
 */
beforeAll(assertBuilt);

test('copying the user number shows the privacy sheet first; agreeing lets the copy through', async () => {
  setBackend((_name, event: any) =>
    event.action === 'member.me'
      ? { ok: true, data: { openid: 'o_new', name: '新用户', grants: [], member: null, branch: null, group: null, county: { name: '石阡县' } } }
      : { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '无权操作' } },
  );
  const page = openPage('pages/home/index');
  await waitForText(page, '用户编号：o_new');
  tapText(page, '用户编号：o_new');
  await waitForText(page, '隐私保护提示');
  expect(privacy.asked).toEqual(['setClipboardData']);
  expect(wxCalls.clipboard).toEqual([]);

  tapText(page, '同意并继续');
  await waitFor(() => wxCalls.clipboard.length === 1, () => `nothing copied; asked ${privacy.asked}`);
  expect(wxCalls.clipboard).toEqual(['o_new']);
  expect(privacy.agreed).toBe(true);
  await waitFor(() => !page.dom!.textContent!.includes('隐私保护提示'), () => 'the sheet stayed open');
});
