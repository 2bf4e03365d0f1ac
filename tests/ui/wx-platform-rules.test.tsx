/** The test stand-ins hold WeChat's rules themselves: a page test can only pass by following them. */
import Taro, { resetTaro } from './helpers/taro';
import { PRIVACY_GUARDED, privacy, withinTap } from './helpers/wx-platform-rules';

const t = Taro as unknown as Record<string, (o?: object) => Promise<unknown>>;

afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

it('weapp: every guarded API is refused before the privacy agreement when the app shows no sheet', async () => {
  resetTaro();
  process.env.TARO_ENV = 'weapp';
  privacy.listener = null;
  for (const api of PRIVACY_GUARDED) {
    expect(typeof t[api]).toBe('function');
    await expect(t[api]({ data: 'x', count: 1 })).rejects.toEqual({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 });
  }
});

it('weapp: agreeing counts only after the agree button was tapped', async () => {
  resetTaro();
  process.env.TARO_ENV = 'weapp';
  privacy.listener = (resolve) => resolve({ event: 'agree', buttonId: 'privacy-agree' });
  await expect(t.setClipboardData({ data: 'x' })).rejects.toMatchObject({ errno: 104 });
  privacy.tappedAgreeButtons.add('privacy-agree');
  await expect(t.setClipboardData({ data: 'x' })).resolves.toBeUndefined();
  expect(privacy.agreed).toBe(true);
});

it('h5: the browser has no privacy gate', async () => {
  resetTaro();
  await expect(t.getLocation({})).resolves.toEqual({ errMsg: 'getLocation:ok' });
});

it('requestSubscribeMessage answers only synchronously inside a tap', async () => {
  resetTaro();
  const ask = () => t.requestSubscribeMessage({ tmplIds: ['T'] });
  await expect(ask()).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' });
  await expect(withinTap(ask)).resolves.toMatchObject({ T: 'accept' });
  const late = withinTap(async () => {
    await Promise.resolve();
    return ask();
  });
  await expect(late).rejects.toMatchObject({ errMsg: expect.stringContaining('TAP gesture') });
});
