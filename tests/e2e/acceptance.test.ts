/**
 * The foundation issue's acceptance, driven exactly as an outside client would: the local cloud in
 * its own process (the bundle `npm start` runs), only `POST /fn/api` with `X-Dev-Openid`, and a
 * hard kill + restart in the middle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { bundleLocalCloud, fnApi, freePort, spawnLocalCloud } from './helpers/process';

jest.setTimeout(120_000);

const profile = (i: number) => ({
  name: `党员${String(i).padStart(2, '0')}`,
  gender: i % 2 ? '男' : '女',
  phone: `138${String(i).padStart(8, '0')}`,
  city: i % 2 ? '杭州' : '苏州',
  employer: i % 5 === 0 ? '顺丰物流' : '电子厂',
});

describe('foundation acceptance over POST /fn/api', () => {
  let bundle: string;
  let dataDir: string;
  let port: number;
  let proc: ChildProcess;
  let url: string;
  const api = (openid: string | null, action: string, payload?: unknown) => fnApi(url, openid, action, payload);
  const data = async (openid: string, action: string, payload?: unknown) => {
    const r = await api(openid, action, payload);
    if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
    return r.data;
  };

  beforeAll(async () => {
    bundle = bundleLocalCloud();
    dataDir = mkdtempSync(join(tmpdir(), 'yzb-accept-'));
    port = freePort();
    ({ proc, url } = await spawnLocalCloud(bundle, port, dataDir));
  });

  afterAll(() => {
    proc?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves /healthz', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('runs the whole foundation scenario and survives a hard restart', async () => {
    expect((await api(null, 'member.me')).error.code).toBe('AUTH.REQUIRED');
    expect((await api('admin', 'no.such')).error.code).toBe('ACTION.UNKNOWN');
    await data('admin', 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' });
    expect((await api('intruder', 'admin.bootstrap', { countyName: '假县', adminName: '某人' })).ok).toBe(false);

    const bad = await api('admin', 'org.createBranch', { kind: '云支部', name: '', city: '杭州' });
    expect(bad.error.code).toBe('INPUT.INVALID');
    expect(bad.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['name', 'secretaryName']));

    const branchA = await data('admin', 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '李书记', secretaryPhone: '13900000001' });
    const branchB = await data('admin', 'org.createBranch', { kind: '流动党支部', name: '苏州流动党支部', city: '苏州', secretaryName: '赵书记' });
    const group = await data('admin', 'org.createGroup', { township: '汤山镇', village: '龙井村' });
    await data('admin', 'org.grantRole', { openid: 'sec_a', role: 'secretary', branchId: branchA._id });
    await data('admin', 'org.grantRole', { openid: 'county_1', role: 'county' });

    const qr = await data('admin', 'branch.qrcode', { branchId: branchA._id });
    expect(qr.scene.length).toBeLessThanOrEqual(32);
    expect(qr.image).toMatch(/^data:image\/png;base64,iVBOR/);
    const qrB = await data('admin', 'branch.qrcode', { branchId: branchB._id });

    const tampered = qr.scene.slice(0, -1) + (qr.scene.endsWith('A') ? 'B' : 'A');
    const refused = await api('m_x', 'member.join', { scene: tampered, groupId: group._id, ...profile(99) });
    expect(refused.error.code).toBe('JOIN.SCENE_INVALID');

    // 50 members: 30 one by one, 20 at once; 10 of them join twice (5 of those concurrently).
    const join = (i: number) => api(`m_${i}`, 'member.join', { scene: i < 40 ? qr.scene : qrB.scene, groupId: group._id, ...profile(i) });
    for (let i = 0; i < 30; i++) expect((await join(i)).ok).toBe(true);
    const burst = await Promise.all([...Array.from({ length: 20 }, (_, k) => join(30 + k)), ...[0, 1, 2, 3, 4].map((i) => join(45 + i))]);
    expect(burst.every((r) => r.ok)).toBe(true);
    for (const i of [5, 6, 7, 8, 9]) expect((await join(i)).data.created).toBe(false);

    const all: { _id: string; phone: string }[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await data('county_1', 'member.list', { limit: 7, ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(50);
    expect(new Set(all.map((m) => m._id)).size).toBe(50);

    const hz = await data('county_1', 'member.list', { city: '杭州', q: '顺丰', limit: 100 });
    expect(hz.items.length).toBeGreaterThan(0);
    expect(hz.items.every((m: { city: string; employer: string }) => m.city === '杭州' && m.employer === '顺丰物流')).toBe(true);

    const inA = await data('sec_a', 'member.list', { branchId: branchA._id, limit: 100 });
    expect(inA.items).toHaveLength(40);
    expect(inA.items[0].phone).toMatch(/^138\d{8}$/);
    expect((await api('sec_a', 'member.list', { branchId: branchB._id })).error.code).toBe('AUTH.FORBIDDEN');
    const masked = await data('admin', 'member.list', { branchId: branchA._id, limit: 1 });
    expect(masked.items[0].phone).toMatch(/^138\*{4}\d{4}$/);

    const me0 = await data('m_0', 'member.me');
    const me1 = await data('m_1', 'member.me');
    expect((await api('m_0', 'member.get', { memberId: me1.member._id })).error.code).toBe('AUTH.FORBIDDEN');
    await data('sec_a', 'member.update', { memberId: me0.member._id, changes: { status: '失联', tags: ['困难党员'] } });
    await data('m_0', 'member.update', { changes: { employer: '菜鸟驿站' } });
    expect((await api('m_0', 'member.update', { changes: { tags: ['头雁'] } })).error.code).toBe('AUTH.FORBIDDEN');
    const detail = await data('sec_a', 'member.get', { memberId: me0.member._id });
    expect(detail.member).toMatchObject({ status: '失联', tags: ['困难党员'], employer: '菜鸟驿站' });
    expect(detail.history.map((h: { changes: { field: string }[] }) => h.changes.map((c) => c.field).sort())).toEqual([['employer'], ['lostContactAt', 'status', 'tags']]);

    // Hard kill, restart on the same data: everything acknowledged is still there.
    proc.kill('SIGKILL');
    ({ proc, url } = await spawnLocalCloud(bundle, port, dataDir));
    const again = await data('county_1', 'member.list', { limit: 100 });
    expect(again.items).toHaveLength(50);
    expect((await data('sec_a', 'member.get', { memberId: me0.member._id })).history).toHaveLength(2);
    const tree = await data('county_1', 'org.tree');
    expect(tree.branches.find((b: { _id: string }) => b._id === branchA._id).memberCount).toBe(40);
    expect(tree.groups[0].memberCount).toBe(50);
  });
});
