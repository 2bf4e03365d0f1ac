/** security.msgSecCheck (v1 and v2) and security.imgSecCheck through the real SDK: markers, faults, limits, permissions. */
import { png } from '../functions/helpers/png';
import { fileOp, start } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
beforeAll(async () => { cloud = await start(); });
afterAll(() => cloud.close());
beforeEach(() => { for (const k of Object.keys(cloud.faults)) delete (cloud.faults as any)[k]; });

const v2 = (content: string, extra: Record<string, unknown> = {}) => fileOp(cloud, { op: 'msgSec', req: { content, version: 2, scene: 2, openid: 'o_1', ...extra } });
const v1 = (content: string) => fileOp(cloud, { op: 'msgSec', req: { content } });
const img = (bytes: Buffer) => fileOp(cloud, { op: 'imgSec', base64: bytes.toString('base64'), contentType: 'image/jpeg' });

test('msgSecCheck v2 answers errcode 0 with result.suggest pass / risky / review', async () => {
  const pass = await v2('今天学习了党章第一章');
  expect(pass).toMatchObject({ ok: true, data: { errCode: 0, result: { suggest: 'pass', label: 100 } } });
  expect(pass.data.detail[0]).toMatchObject({ strategy: 'content_model', suggest: 'pass' });
  expect((await v2('心得【违规】内容')).data.result).toEqual({ suggest: 'risky', label: 20001 });
  expect((await v2('说不准【待审】')).data.result).toEqual({ suggest: 'review', label: 21000 });
});

test('msgSecCheck v2 needs openid and a scene 1-4 (47001)', async () => {
  expect((await v2('x', { openid: undefined })).error!.errCode).toBe(47001);
  expect((await v2('x', { scene: 9 })).error!.errCode).toBe(47001);
});

test("msgSecCheck v1 answers risky text with 87014, including WeChat's own test sample", async () => {
  expect((await v1('你好')).data).toMatchObject({ errCode: 0 });
  expect((await v1('【违规】')).error!.errCode).toBe(87014);
  expect((await v1('特3456书yuuo莞6543李zxcz蒜7782法fgnv级')).error!.errCode).toBe(87014);
  expect((await v2('特3456书yuuo莞6543李zxcz蒜7782法fgnv级')).data.result.suggest).toBe('pass'); // v1-only sample
});

test('fault msgSecRisky makes every text risky (v1 87014, v2 suggest risky) and leaves images alone', async () => {
  cloud.faults.msgSecRisky = true;
  expect((await v1('你好')).error!.errCode).toBe(87014);
  expect((await v2('你好')).data.result.suggest).toBe('risky');
  expect((await img(png())).ok).toBe(true);
});

test('imgSecCheck passes an image, refuses one carrying RISKY-IMAGE (87014), and one over 1 MB (40006)', async () => {
  expect((await img(png())).data).toMatchObject({ errCode: 0 });
  expect((await img(png(4, 4, 'RISKY-IMAGE'))).error!.errCode).toBe(87014);
  expect((await img(png(4, 4, 'x'.repeat(1024 * 1024)))).error!.errCode).toBe(40006);
});

test('imgSecCheck within its limits only: 750 × 1334 px and 500 KB, else a system error (-1); no image is 47001', async () => {
  expect((await img(png(750, 1334))).ok).toBe(true);
  expect((await img(png(751, 1334))).error!.errCode).toBe(-1);
  expect((await img(png(750, 1335))).error!.errCode).toBe(-1);
  expect((await img(png(4, 4, 'x'.repeat(500 * 1024)))).error!.errCode).toBe(-1);
  expect((await img(png(4, 4, 'x'.repeat(400 * 1024)))).ok).toBe(true);
  expect((await img(Buffer.from('just text, no picture'))).error!.errCode).toBe(47001);
});

test('fault imgSecDown fails only the image check (-1); text is still judged', async () => {
  cloud.faults.imgSecDown = true;
  expect((await img(png())).error!.errCode).toBe(-1);
  expect((await v2('你好')).data.result.suggest).toBe('pass');
});

test('fault imgSecRisky makes every image risky and leaves text alone', async () => {
  cloud.faults.imgSecRisky = true;
  expect((await img(png())).error!.errCode).toBe(87014);
  expect((await v2('你好')).data.result.suggest).toBe('pass');
});

test('security.imgSecCheck must be listed in config.json permissions.openapi (604101)', async () => {
  // the db fixture lists security.msgSecCheck but not security.imgSecCheck
  const r = (await cloud.invoke('db', { op: 'imgSec' })) as any;
  expect(r.error.errCode).toBe(604101);
  expect(r.error.errMsg).toContain('security.imgSecCheck');
});

test('fault secCheckDown fails both checks with errcode -1, which is no verdict', async () => {
  cloud.faults.secCheckDown = true;
  expect((await v2('你好')).error!.errCode).toBe(-1);
  expect((await img(Buffer.from('fine'))).error!.errCode).toBe(-1);
});
