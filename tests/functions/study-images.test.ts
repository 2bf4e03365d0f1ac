/**
 * Images in a push: the function signs them for every reader, so a push may
 * carry only its publisher's own uploads, and the links it signs last minutes.
 */
import { ADMIN, bootstrapCounty, createBranch, createGroup, joinMembers, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { png } from './helpers/png';
import { publish, sdkDb, seedPastPush } from './helpers/study';

jest.setTimeout(120_000);

/** Seconds until a local temp URL expires (its `t` is the expiry, unix seconds). */
const secondsLeft = (url: string) => Number(new URL(url).searchParams.get('t')) - Date.now() / 1000;

describe('study push images', () => {
  let tc: TestCloud;
  let A: any;
  const put = (path: string, owner: string) => tc.lc.storage.put(path, png(), owner, 'image/png');

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc);
    const G = await createGroup(tc);
    await joinMembers(tc, await sceneOf(tc, A._id), G._id, 0, 1);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_a', role: 'secretary', branchId: A._id });
  });
  afterAll(() => tc?.dispose());

  describe('refusals store nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('refuses a cloud image outside the publisher\'s own upload folder, naming the block', async () => {
      const ledger = await put('exports/county/ledger.xlsx', ADMIN);
      const member = await put('uploads/m_0/test/a.png', 'm_0');
      const sneaky = (await put('uploads/sec_a/test/a.png', 'sec_a')).replace('uploads/sec_a/', 'uploads/sec_a/../m_0/');
      for (const src of [ledger, member, sneaky]) {
        const r = await tc.call('sec_a', 'study.publish', {
          title: '学习', issueNo: 1, kind: '党课', audience: { scope: 'branches', branchIds: [A._id] }, dueDay: '2099-12-31',
          body: [{ type: 'paragraph', text: '正文' }, { type: 'image', src, caption: '封面' }],
        });
        expect(r).toEqual({ ok: false, error: { code: 'STUDY.IMAGE_NOT_OWN', message: '正文第 2 块的图片只能使用您本人上传的图片', fields: [{ path: 'body.1.src', message: '图片只能使用您本人上传的图片' }] } });
      }
    });
  });

  describe('images pass the check a check-in photo passes', () => {
    eachTestLeavesDatabaseUnchanged();
    const withImage = (src: string) => ({
      title: '学习', issueNo: 1, kind: '党课', audience: { scope: 'branches', branchIds: [A._id] }, dueDay: '2099-12-31',
      body: [{ type: 'paragraph', text: '正文' }, { type: 'image', src }],
    });
    const own = (name: string, bytes: Buffer) => tc.lc.storage.put(`uploads/sec_a/test/${name}`, bytes, 'sec_a', 'image/png');

    it('refuses a picture larger than the image check takes, or no picture at all', async () => {
      for (const [name, bytes] of [['wide.png', png(751, 100)], ['heavy.png', png(4, 4, 'x'.repeat(500 * 1024))], ['notes.png', Buffer.from('not a picture')]] as const) {
        expect(await tc.code('sec_a', 'study.publish', withImage(await own(name, bytes)))).toBe('CHECKIN.PHOTO_INVALID');
      }
    });

    it('refuses a risky picture', async () => {
      const r = await tc.call('sec_a', 'study.publish', withImage(await own('risky.png', png(4, 4, 'RISKY-IMAGE'))));
      expect(r).toEqual({ ok: false, error: { code: 'CONTENT.RISKY', message: '图片含有不适宜发布的内容，请更换后再提交' } });
    });

    it('refuses, rather than publishes unchecked, while the image check is down', async () => {
      const pic = await own('fine.png', png());
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      tc.lc.faults.imgSecDown = true;
      try {
        const r = await tc.call('sec_a', 'study.publish', withImage(pic));
        expect(r).toEqual({ ok: false, error: { code: 'SYSTEM.BUSY', message: '图片安全检查暂时不可用，请稍后再发布' } });
      } finally {
        tc.lc.faults.imgSecDown = false;
        logged.mockRestore();
      }
    });
  });

  it('signs the publisher\'s own images for minutes, not a day', async () => {
    const pic = await put('uploads/sec_a/test/cover.png', 'sec_a');
    const push = await publish(tc, 'sec_a', { audience: { scope: 'branches', branchIds: [A._id] }, body: [{ type: 'image', src: pic }] });
    const got = await tc.data('m_0', 'study.get', { pushId: push._id });
    const url = got.push.imageUrls[pic];
    expect((await fetch(url)).status).toBe(200);
    expect(secondsLeft(url)).toBeGreaterThan(60);
    expect(secondsLeft(url)).toBeLessThanOrEqual(600);
  });

  it('does not sign a foreign file of a push stored before the check', async () => {
    const ledger = await put('exports/county/old-ledger.xlsx', ADMIN);
    const own = await put('uploads/sec_a/test/old.png', 'sec_a');
    const old = await seedPastPush('old_push_images', { scope: 'branches', branchIds: [A._id] }, 1, -30);
    await sdkDb().collection('studyPushes').doc(old._id).update({ data: { publisherOpenid: 'sec_a', body: [{ type: 'image', src: ledger }, { type: 'image', src: own }] } });
    const got = await tc.data('m_0', 'study.get', { pushId: old._id });
    expect(Object.keys(got.push.imageUrls)).toEqual([own]);
  });
});
