import { ADMIN, bootstrapCounty, createBranch, createGroup, joinMembers, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { png } from './helpers/png';
import { newKey, publish, submit, text } from './helpers/study';

jest.setTimeout(120_000);

/** Uploads as the H5 app does (the local cloud's storage route, which refuses over 1 MB), answering the fileID. */
async function upload(tc: TestCloud, openid: string, name: string, bytes: Buffer, contentType = 'image/png'): Promise<string> {
  const cloudPath = `uploads/${openid}/test/${name}`;
  const res = await fetch(`${tc.lc.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-dev-openid': openid, 'content-type': contentType },
    body: new Uint8Array(bytes),
  });
  const json = (await res.json()) as { fileID?: string; error?: unknown };
  if (!json.fileID) throw new Error(`upload of ${cloudPath} failed: ${res.status} ${JSON.stringify(json)}`);
  return json.fileID;
}

describe('check-in photos and content security (local storage)', () => {
  let tc: TestCloud;
  let P: any, A: any;
  const m: Record<string, any> = {};

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc);
    const G = await createGroup(tc);
    const joined = await joinMembers(tc, await sceneOf(tc, A._id), G._id, 0, 4);
    joined.forEach((j, i) => (m[`m_${i}`] = j.member));
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_a', role: 'secretary', branchId: A._id });
    P = await publish(tc, 'sec_a', { audience: { scope: 'branches', branchIds: [A._id] } });
  });
  afterAll(() => tc?.dispose());

  describe('refusals store nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('refuses another member\'s upload', async () => {
      const theirs = await upload(tc, 'm_1', 'theirs.png', png());
      expect(await tc.code('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [theirs] })).toBe('CHECKIN.PHOTO_INVALID');
    });

    it.each([
      ['over 500 KB', png(4, 4, 'x'.repeat(500 * 1024))],
      ['wider than 750 px', png(751, 100)],
      ['taller than 1334 px', png(100, 1335)],
    ])('refuses a photo %s, the image check\'s limits (uploaded by the weapp SDK, which has no such cap)', async (_, bytes) => {
      const big = await tc.lc.storage.put(`uploads/m_0/test/big-${bytes.length}.png`, bytes, 'm_0', 'image/png');
      const r = await submit(tc, 'm_0', P._id, { photos: [big] });
      expect(r).toMatchObject({ ok: false, error: { code: 'CHECKIN.PHOTO_INVALID' } });
      if (!r.ok) expect(r.error.message).toBe('图片需在 750×1334 像素、500 KB 以内，请重新选择');
    });

    it('refuses a file that was never uploaded, and one that is no image', async () => {
      const fileID = (await upload(tc, 'm_0', 'ok.png', png())).replace(/ok\.png$/, 'missing.png');
      expect(await tc.code('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [fileID] })).toBe('CHECKIN.PHOTO_INVALID');
      const notImage = await tc.lc.storage.put('uploads/m_0/test/notes.jpg', Buffer.from('just some text, not a picture'), 'm_0');
      expect(await tc.code('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [notImage] })).toBe('CHECKIN.PHOTO_INVALID');
    });

    it('refuses a risky image (imgSecCheck)', async () => {
      const risky = await upload(tc, 'm_0', 'risky.png', png(4, 4, 'RISKY-IMAGE'));
      const ok = await upload(tc, 'm_0', 'fine.png', png());
      const r = await submit(tc, 'm_0', P._id, { photos: [ok, risky] });
      expect(r).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } });
      if (!r.ok) expect(r.error.message).toMatch(/图片/);
    });

    it('refuses risky text (msgSecCheck)', async () => {
      const r = await submit(tc, 'm_0', P._id, { text: `${text(1)}【违规】` });
      expect(r).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } });
      if (!r.ok) expect(r.error.message).toMatch(/心得/);
    });

    it('answers SYSTEM.BUSY when the text check or storage is unavailable (nothing unchecked is stored)', async () => {
      const ok = await upload(tc, 'm_0', 'fine2.png', png());
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the function logs the outage
      for (const fault of ['secCheckDown', 'storageDown'] as const) {
        tc.lc.faults[fault] = true;
        try {
          expect(await tc.code('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [ok] })).toBe('SYSTEM.BUSY');
        } finally {
          tc.lc.faults[fault] = false;
        }
      }
      tc.lc.faults.secCheckDown = true;
      try {
        expect(await tc.code('sec_a', 'study.publish', { title: '标题', issueNo: 9, kind: '党课', body: [{ type: 'paragraph', text: '正文' }], audience: { scope: 'branches', branchIds: [A._id] }, dueDay: '2099-12-31' })).toBe('SYSTEM.BUSY');
      } finally {
        tc.lc.faults.secCheckDown = false;
      }
      expect(logged).toHaveBeenCalled();
      logged.mockRestore();
    });

    it('refuses risky titles and bodies at publishing', async () => {
      const publish = (over: object) =>
        tc.code('sec_a', 'study.publish', { title: '标题', issueNo: 9, kind: '党课', body: [{ type: 'paragraph', text: '正文' }], audience: { scope: 'branches', branchIds: [A._id] }, dueDay: '2099-12-31', ...over });
      expect(await publish({ title: '【违规】标题' })).toBe('CONTENT.RISKY');
      // the marker deep in a long body: checked in 2,500-character pieces
      expect(await publish({ body: [{ type: 'paragraph', text: '学'.repeat(4999) }, { type: 'paragraph', text: '学'.repeat(3000) + '【违规】' }] })).toBe('CONTENT.RISKY');
      expect(await publish({ body: [{ type: 'image', src: 'https://example.com/a.png', caption: '【违规】' }] })).toBe('CONTENT.RISKY');
    });
  });

  it('stores own photos and answers displayable URLs, to the member and to his secretary', async () => {
    // The largest photo the image check takes, as the phone sends it after shrinking.
    const full = await upload(tc, 'm_2', 'full.png', png(750, 1334));
    const fits = await tc.data('m_2', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [full] });
    expect(fits.checkin).toMatchObject({ photos: [full], heldPhotos: [] });
    const a = await upload(tc, 'm_2', 'a.png', png());
    const b = await upload(tc, 'm_2', 'b.png', png(8, 8));
    const r = await tc.data('m_2', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [a, b, a] });
    expect(r.checkin.photos).toEqual([a, b]);
    expect(r.checkin.photoUrls).toHaveLength(2);
    const shown = await fetch(r.checkin.photoUrls[0]);
    expect(shown.status).toBe(200);
    expect(Buffer.from(await shown.arrayBuffer()).equals(png())).toBe(true);
    expect((await tc.data('m_2', 'study.get', { pushId: P._id })).mine.photoUrls).toHaveLength(2);
    const d = await tc.data('sec_a', 'checkin.stats', { pushId: P._id, branchId: A._id, detail: true });
    expect(d.reflections.find((x: any) => x.memberId === m.m_2._id).photoUrls).toHaveLength(2);
  });

  it('deletes the photos an edit takes out, keeping those it keeps', async () => {
    const a = await upload(tc, 'm_0', 'a.png', png());
    const b = await upload(tc, 'm_0', 'b.png', png(8, 8));
    await tc.data('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [a, b] });
    const edit = await tc.data('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [b] });
    expect(edit.checkin.photos).toEqual([b]);
    expect(tc.lc.storage.get(a)).toBeNull();
    expect(tc.lc.storage.get(b)).not.toBeNull();
    // With storage down the edit still lands; the removed photo is left behind (logged), not the edit lost.
    tc.lc.faults.storageDown = true;
    try {
      const r = await tc.call('m_0', 'checkin.submit', { pushId: P._id, text: text(2), clientKey: newKey(), photos: [] });
      expect(r).toMatchObject({ ok: true, data: { checkin: { photos: [] } } });
    } finally {
      tc.lc.faults.storageDown = false;
    }
    expect(tc.lc.storage.get(b)).not.toBeNull();
  });

  it('accepts a check-in whose photo the image check cannot judge now: held for review, shown to its author only, checked again on the next submit', async () => {
    const Q = await publish(tc, 'sec_a', { audience: { scope: 'branches', branchIds: [A._id] } });
    const a = await upload(tc, 'm_1', 'held.png', png());
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the function logs the outage
    tc.lc.faults.imgSecDown = true;
    let first: any;
    try {
      first = await tc.data('m_1', 'checkin.submit', { pushId: Q._id, text: text(1), clientKey: newKey(), photos: [a] });
    } finally {
      tc.lc.faults.imgSecDown = false;
      logged.mockRestore();
    }
    expect(first.checkin).toMatchObject({ photos: [a], heldPhotos: [a] });
    expect(first.checkin.photoUrls).toHaveLength(1);
    const mine = (await tc.data('m_1', 'study.get', { pushId: Q._id })).mine;
    expect(mine).toMatchObject({ heldPhotos: [a] });
    const before = await tc.data('sec_a', 'checkin.stats', { pushId: Q._id, branchId: A._id, detail: true });
    expect(before.reflections.find((x: any) => x.memberId === m.m_1._id).photoUrls).toEqual([]);
    // The next submit checks it again; passed, it is shown to the secretary too.
    const again = await tc.data('m_1', 'checkin.submit', { pushId: Q._id, text: text(1), clientKey: newKey(), photos: [a], minutes: 20 });
    expect(again.checkin).toMatchObject({ photos: [a], heldPhotos: [] });
    const after = await tc.data('sec_a', 'checkin.stats', { pushId: Q._id, branchId: A._id, detail: true });
    expect(after.reflections.find((x: any) => x.memberId === m.m_1._id).photoUrls).toHaveLength(1);
  });

  it('lets text the platform only wants reviewed pass', async () => {
    const r = await tc.data('m_1', 'checkin.submit', { pushId: P._id, text: `${text(1)}【待审】`, clientKey: newKey() });
    expect(r.created).toBe(true);
  });

  it('does not check again what the check-in already holds', async () => {
    const a = await upload(tc, 'm_3', 'a.png', png());
    const first = await tc.data('m_3', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [a] });
    tc.lc.faults.msgSecRisky = true; // every check would now refuse
    tc.lc.faults.imgSecRisky = true;
    try {
      const edit = await tc.data('m_3', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [a], minutes: 45 });
      expect(edit.checkin).toMatchObject({ _id: first.checkin._id, minutes: 45, photos: [a] });
      const b = await upload(tc, 'm_3', 'b.png', png());
      expect(await tc.code('m_3', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos: [a, b] })).toBe('CONTENT.RISKY');
      expect(await tc.code('m_3', 'checkin.submit', { pushId: P._id, text: text(2), clientKey: newKey(), photos: [a] })).toBe('CONTENT.RISKY');
    } finally {
      tc.lc.faults.msgSecRisky = false;
      tc.lc.faults.imgSecRisky = false;
    }
  });

  it('gives displayable URLs of the body\'s cloud images', async () => {
    const pic = await upload(tc, 'sec_a', 'cover.png', png());
    const push = await publish(tc, 'sec_a', { audience: { scope: 'branches', branchIds: [A._id] }, body: [{ type: 'image', src: pic, caption: '封面' }, { type: 'paragraph', text: '正文' }] });
    const got = await tc.data('m_0', 'study.get', { pushId: push._id });
    expect(Object.keys(got.push.imageUrls)).toEqual([pic]);
    expect((await fetch(got.push.imageUrls[pic])).status).toBe(200);
  });
});
