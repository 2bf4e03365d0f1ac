/** 角色管理: the sysadmin roster under concurrency, self-grants, invitations, role lists, handover and the audit log. */
import { ADMIN, grantRoles, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { localSdkDb } from '../../localcloud/sdk-db';

jest.setTimeout(90_000);

describe('roles', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;
  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await grantRoles(tc, org, 'county_1', 'sec_a');
    await tc.data('county_1', 'role.saveProfile', { name: '刘组织', phone: '13900006666' });
  });
  afterAll(() => tc?.dispose());

  const userDoc = async (openid: string) => ((await localSdkDb().collection('users').where({ _id: openid }).get()).data[0] as Record<string, unknown> | undefined) ?? null;
  const sysadmins = async () => (await tc.data('county_1', 'role.list', { unit: 'county' })).holders.filter((h: { role: string }) => h.role === 'sysadmin').map((h: { openid: string }) => h.openid);

  it('keeps one sysadmin when the last two revoke themselves at once', async () => {
    await tc.data(ADMIN, 'org.grantRole', { openid: 'admin_2', role: 'sysadmin' });
    const results = await Promise.all([
      tc.call(ADMIN, 'org.grantRole', { openid: ADMIN, role: 'sysadmin', revoke: true }),
      tc.call('admin_2', 'org.grantRole', { openid: 'admin_2', role: 'sysadmin', revoke: true }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(AUTH.FORBIDDEN|SYSTEM.BUSY)$/) } });
    expect(await sysadmins()).toHaveLength(1);
    // Whoever is left grants the other back, so the suite below runs as ADMIN.
    const [left] = await sysadmins();
    if (left !== ADMIN) await tc.data(left, 'org.grantRole', { openid: ADMIN, role: 'sysadmin' });
  });

  it('refuses anyone granting himself a role that unmasks data, and audits every change', async () => {
    expect(await tc.code(ADMIN, 'org.grantRole', { openid: ADMIN, role: 'county' })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('county_1', 'org.grantRole', { openid: 'county_1', role: 'secretary', branchId: org.B._id })).toBe('AUTH.FORBIDDEN');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'temp_clerk', role: 'county' });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'temp_clerk', role: 'county', revoke: true });
    await tc.data('county_1', 'org.grantRole', { openid: 'county_1', role: 'county', revoke: true }).catch(() => undefined);
    const { items } = await tc.data(ADMIN, 'role.audit', {});
    const kinds = items.map((e: { kind: string; role: string }) => `${e.kind}:${e.role}`);
    expect(kinds.slice(0, 3)).toEqual(['revoke:county', 'revoke:county', 'grant:county']);
    // Nothing of the refused self-grants was written.
    expect(items.filter((e: { targetName: string | null; kind: string; role: string }) => e.kind === 'grant' && e.role === 'county')).toHaveLength(2);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
  });

  it('grants a role by invitation: signed, single use, profile for a non-member, withdrawable', async () => {
    const inv = await tc.data('county_1', 'role.invite', { role: 'cadre', groupId: org.G1._id });
    expect(inv.token).toMatch(/^r1\./);
    expect(inv.page).toBe('pages/role-accept/index');
    expect(await tc.data('outsider_1', 'role.invitation', { token: inv.token })).toMatchObject({ role: 'cadre', unitName: '龙井村（汤山镇）', state: 'open', needsProfile: true, held: false });

    const [, id, sig] = inv.token.split('.');
    expect(await tc.code('outsider_1', 'role.invitation', { token: `r1.${id}.${sig.slice(1)}x` })).toBe('ROLE.INVITATION_INVALID');
    expect(await tc.code('county_1', 'role.accept', { token: inv.token, profile: { name: '组织部自己', phone: '13900001111' } })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('outsider_1', 'role.accept', { token: inv.token })).toBe('INPUT.INVALID');

    const [a, b] = await Promise.all([
      tc.call('outsider_1', 'role.accept', { token: inv.token, profile: { name: '陈驻村', phone: '13900002222', title: '汤山镇驻村干部' } }),
      tc.call('outsider_2', 'role.accept', { token: inv.token, profile: { name: '冒领者', phone: '13900003333' } }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(b).toMatchObject({ ok: false, error: { code: 'ROLE.INVITATION_CLOSED' } });
    expect(a.ok && a.data.grants).toEqual([{ role: 'cadre', groupId: org.G1._id }]);

    const list = await tc.data('county_1', 'role.list', { unit: 'group', groupId: org.G1._id });
    expect(list.holders).toEqual([
      expect.objectContaining({ openid: 'outsider_1', name: '陈驻村', phone: '13900002222', title: '汤山镇驻村干部', isMember: false, role: 'cadre', via: 'invitation', grantedByName: '刘组织', since: expect.any(Number) }),
    ]);
    // The name reaches every page that names organisers: the pairing cadre chips here.
    const cadres = await tc.data('county_1', 'pairing.cadres', { groupId: org.G1._id });
    expect(JSON.stringify(cadres)).toContain('陈驻村');

    const second = await tc.data('county_1', 'role.invite', { role: 'secretary', branchId: org.B._id });
    expect((await tc.data('county_1', 'role.list', { unit: 'branch', branchId: org.B._id })).invitations).toHaveLength(1);
    await tc.data('county_1', 'role.cancelInvitation', { invitationId: second.invitationId });
    expect(await tc.code('outsider_3', 'role.accept', { token: second.token, profile: { name: '迟到者', phone: '13900004444' } })).toBe('ROLE.INVITATION_CLOSED');
    expect((await tc.data('county_1', 'role.list', { unit: 'branch', branchId: org.B._id })).invitations).toEqual([]);

    const kinds = (await tc.data('county_1', 'role.audit', {})).items.slice(0, 4).map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['cancel', 'invite', 'accept', 'invite']);
  });

  it('hands a branch over to a new secretary: the old grant ends, the branch fields follow', async () => {
    const m = await tc.data('m_900', 'member.join', { scene: org.sa, groupId: org.G2._id, ...profile(900, { name: '吴接任' }) });
    const out = await tc.data('county_1', 'role.handover', { branchId: org.A._id, memberId: m.member._id });
    expect(out).toEqual({ secretaryName: '吴接任', secretaryPhone: '13800000900', ended: 1 });
    const list = await tc.data('county_1', 'role.list', { unit: 'branch', branchId: org.A._id });
    expect(list.holders.map((h: { name: string; via: string }) => [h.name, h.via])).toEqual([['吴接任', 'handover']]);
    expect((await tc.data('sec_a', 'member.me')).grants).toEqual([]);
    const tree = await tc.data('county_1', 'org.tree');
    expect(tree.branches.find((b: { _id: string }) => b._id === org.A._id)).toMatchObject({ secretaryName: '吴接任', secretaryPhone: '13800000900' });
    expect(await tc.code('sec_b', 'role.handover', { branchId: org.A._id, memberId: m.member._id })).toBe('AUTH.FORBIDDEN');
  });

  it('gives a member granted a role a users document named by his record, and leaves him a member', async () => {
    const m = await tc.data('m_902', 'member.join', { scene: org.sb, groupId: org.G2._id, ...profile(902, { name: '郑党员' }) });
    expect(await userDoc('m_902')).toBeNull();
    await tc.data('county_1', 'org.grantRole', { memberId: m.member._id, role: 'cadre', groupId: org.G1._id });
    const user = await userDoc('m_902');
    expect(user).toMatchObject({ name: '郑党员', grants: [{ role: 'cadre', groupId: org.G1._id }] });
    expect(user).not.toHaveProperty('memberId');
    expect(user).not.toHaveProperty('placement');
    const me = await tc.data('m_902', 'member.me');
    expect(me).toMatchObject({ name: '郑党员', grants: [{ role: 'cadre', groupId: org.G1._id }], member: { _id: m.member._id, branchId: org.B._id, groupId: org.G2._id } });
    // His record's name is the one organiser lists show, and a rename follows there.
    await tc.data('m_902', 'member.update', { changes: { name: '郑新名' } });
    expect(await userDoc('m_902')).toMatchObject({ name: '郑新名' });
    const village = await tc.data('county_1', 'role.list', { unit: 'group', groupId: org.G1._id });
    expect(village.holders.find((h: { openid: string }) => h.openid === 'm_902')).toMatchObject({ name: '郑新名', isMember: true });
    // Revoked, he is still the member his record makes him.
    await tc.data('county_1', 'org.grantRole', { memberId: m.member._id, role: 'cadre', groupId: org.G1._id, revoke: true });
    expect(await tc.data('m_902', 'member.me')).toMatchObject({ grants: [], member: { _id: m.member._id } });
  });

  it('lets an organiser without a member record keep his own profile', async () => {
    expect(await tc.code('nobody', 'role.saveProfile', { name: '无名', phone: '13900005555' })).toBe('AUTH.FORBIDDEN');
    expect(await tc.data('county_1', 'role.saveProfile', { name: '刘文书', phone: '13900006667', title: '县委组织部组织科' })).toMatchObject({ name: '刘文书', phone: '13900006667', title: '县委组织部组织科' });
    const county = await tc.data(ADMIN, 'role.list', { unit: 'county' });
    expect(county.holders.find((h: { openid: string }) => h.openid === 'county_1')).toMatchObject({ name: '刘文书', role: 'county' });
  });

  it('names a cadre granted before profiles in his pairings once he fills his profile', async () => {
    const m = await tc.data('m_901', 'member.join', { scene: org.sa, groupId: org.G1._id, ...profile(901) });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'cadre_old', role: 'cadre', groupId: org.G1._id });
    await tc.data('county_1', 'pairing.assign', { memberIds: [m.member._id], cadreOpenid: 'cadre_old' });
    expect((await tc.data('m_901', 'pairing.mine')).myCadre.cadreName).toBe('村干部');
    await tc.data('cadre_old', 'role.saveProfile', { name: '老村干', phone: '13900007777' });
    expect((await tc.data('m_901', 'pairing.mine')).myCadre.cadreName).toBe('老村干');
  });
});
