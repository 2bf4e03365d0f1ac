import { ADMIN, bootstrapCounty, startTestCloud, type TestCloud } from './helpers/cloud';

jest.setTimeout(60_000);

describe('api boundary: envelope, identity, validation', () => {
  let tc: TestCloud;
  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
  });
  afterAll(() => tc?.dispose());

  it.each([null, 42, 'member.me', [1, 2]])('answers INPUT.INVALID to the non-object event %p', async (event) => {
    const r = (await tc.lc.invoke('api', event, { openid: ADMIN })) as any;
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
  });

  it('answers ACTION.UNKNOWN to an unknown or missing action, including prototype names', async () => {
    expect(await tc.code(ADMIN, 'no.such')).toBe('ACTION.UNKNOWN');
    expect(await tc.code(ADMIN, '__proto__')).toBe('ACTION.UNKNOWN');
    expect(await tc.code(ADMIN, 'toString')).toBe('ACTION.UNKNOWN');
    expect(((await tc.lc.invoke('api', { payload: {} }, { openid: ADMIN })) as any).error.code).toBe('ACTION.UNKNOWN');
  });

  it('answers AUTH.REQUIRED without an OPENID, whatever the payload claims', async () => {
    expect(await tc.code(null, 'member.me')).toBe('AUTH.REQUIRED');
    expect(await tc.code(null, 'org.createBranch', { kind: '云支部', name: 'x', city: 'y', secretaryName: 'z', openid: ADMIN })).toBe('AUTH.REQUIRED');
  });

  it('never takes identity from the payload', async () => {
    const r = await tc.call('stranger', 'org.createGroup', { township: '某镇', village: '某村', openid: ADMIN } as any);
    // strict schema: the extra key is refused before anything runs
    expect(r.ok).toBe(false);
    expect(await tc.code('stranger', 'org.createGroup', { township: '某镇', village: '某村' })).toBe('AUTH.FORBIDDEN');
  });

  it('answers INPUT.INVALID with the offending fields', async () => {
    const r = await tc.call(ADMIN, 'org.createBranch', { kind: '党委', name: '', city: '杭州' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INPUT.INVALID');
    expect(r.error.fields!.map((f) => f.path)).toEqual(expect.arrayContaining(['kind', 'name', 'secretaryName']));
    expect(r.error.message).toMatch(/输入有误/);
  });

  it('answers INPUT.INVALID when a required payload is missing', async () => {
    const r = await tc.call(ADMIN, 'member.get');
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
  });

  it('accepts a missing payload where none is needed', async () => {
    expect((await tc.call(ADMIN, 'member.me')).ok).toBe(true);
    expect((await tc.call(ADMIN, 'org.tree')).ok).toBe(true);
  });

  it('serves the same envelope over POST /fn/api with X-Dev-Openid', async () => {
    const post = async (body: unknown, openid?: string) => {
      const res = await fetch(`${tc.lc.url}/fn/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'X-Dev-Openid': openid } : {}) },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      return (await res.json()).result;
    };
    expect(await post({ action: 'member.me' }, ADMIN)).toMatchObject({ ok: true, data: { openid: ADMIN, grants: [{ role: 'sysadmin' }] } });
    expect(await post({ action: 'member.me' })).toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } });
  });
});
