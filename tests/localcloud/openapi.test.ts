/** cloud.openapi.* through the SDK's multipart + protobuf wire format. */
import { op, ok, start } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

// The first openapi call loads the SDK's protobuf types and the QR encoder: seconds on a busy machine.
jest.setTimeout(20_000);
let cloud: LocalCloud;
beforeAll(async () => { cloud = await start({ publicUrl: 'https://h5.example.test/' }); });
afterAll(() => cloud.close());
beforeEach(() => { cloud.outbox.length = 0; for (const k of Object.keys(cloud.faults)) delete (cloud.faults as any)[k]; });

const PNG_SIGNATURE = '89504e470d0a1a0a';

test('wxacode.getUnlimited returns a PNG buffer and records it in the outbox', async () => {
  const r = await ok(cloud, { op: 'qr', scene: 'b=abc&x=1', page: 'pages/join/index' });
  expect(r.contentType).toBe('image/png');
  expect(r.isBuffer).toBe(true);
  const png = Buffer.from(r.base64, 'base64');
  expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  expect(cloud.outbox).toHaveLength(1);
  expect(cloud.outbox[0]).toMatchObject({
    kind: 'wxacode', scene: 'b=abc&x=1', fn: 'db',
    url: 'https://h5.example.test/#/pages/join/index?scene=b%3Dabc%26x%3D1',
  });
  const img = await fetch(`${cloud.url}${(cloud.outbox[0] as any).image}`);
  expect(Buffer.from(await img.arrayBuffer()).equals(png)).toBe(true);
});

test('a scene longer than 32 characters is refused like WeChat (40169)', async () => {
  const r = await op(cloud, { op: 'qr', scene: 'x'.repeat(33) });
  expect(r.error!.errCode).toBe(40169);
});

test('subscribeMessage.send succeeds and is in the outbox', async () => {
  const r = await ok(cloud, { op: 'send', touser: 'o_1' });
  expect(r.errCode).toBe(0);
  expect(cloud.outbox[0]).toMatchObject({ kind: 'subscribeMessage', touser: 'o_1', templateId: 'TPL1', page: 'pages/index/index', data: { thing1: { value: '主题党日' } }, result: { errcode: 0 } });
});

test('subscribeMessage.send carries miniprogram_state, and refuses one WeChat does not know (47003)', async () => {
  expect((await ok(cloud, { op: 'send', touser: 'o_trial', state: 'trial' })).errCode).toBe(0);
  expect(cloud.outbox.find((e: any) => e.touser === 'o_trial')).toMatchObject({ miniprogramState: 'trial' });
  expect((await op(cloud, { op: 'send', touser: 'o_typo', state: 'release' })).error!.errCode).toBe(47003);
});

test('subscribeMessage.send refuses a thing keyword over 20 characters (47003), as WeChat does, and takes 20', async () => {
  const twenty = '一'.repeat(20);
  expect((await ok(cloud, { op: 'send', touser: 'o_20', data: { thing1: { value: twenty } } })).errCode).toBe(0);
  expect((await op(cloud, { op: 'send', touser: 'o_21', data: { thing1: { value: `${twenty}二` } } })).error!.errCode).toBe(47003);
  expect(cloud.outbox.map((e: any) => e.touser)).toEqual(['o_20']);
});

test('injected send faults surface with WeChat errcodes, one per call, in order', async () => {
  cloud.faults.subscribeSend = ['refused', 'quota', 'rate', 'timeout'];
  const codes = [];
  for (let i = 0; i < 5; i++) codes.push((await op(cloud, { op: 'send', touser: `o_${i}` })).error?.errCode ?? 0);
  expect(codes).toEqual([43101, 45009, 45011, -501002, 0]);
  expect(cloud.outbox.map((e: any) => e.result.errcode)).toEqual([43101, 45009, 45011, -1, 0]);
});

test('subscribeSendAll applies to every send until cleared', async () => {
  cloud.faults.subscribeSendAll = 'quota';
  expect((await op(cloud, { op: 'send', touser: 'a' })).error!.errCode).toBe(45009);
  expect((await op(cloud, { op: 'send', touser: 'b' })).error!.errCode).toBe(45009);
  cloud.faults.subscribeSendAll = null;
  expect((await op(cloud, { op: 'send', touser: 'c' })).ok).toBe(true);
});

test('msgSecCheck passes unless faults say risky (87014)', async () => {
  expect((await op(cloud, { op: 'secCheck', content: '你好' })).ok).toBe(true);
  cloud.faults.msgSecRisky = true;
  expect((await op(cloud, { op: 'secCheck', content: '你好' })).error!.errCode).toBe(87014);
});

test('a function without the API in config.json permissions.openapi is refused', async () => {
  const r = (await cloud.invoke('noperm', { op: 'send', touser: 'x' })) as any;
  expect(r.ok).toBe(false);
  expect(r.error.errCode).toBe(604101);
  expect(cloud.outbox).toHaveLength(0);
});
