/**
 * An editable organisation (issue 13.5) and the tree each caller sees (issue 14, findings 2 and 7),
 * driven through the api function on the local cloud.
 */
import { ADMIN, grantRoles, joinMembers, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';

jest.setTimeout(120_000);

describe('org: unique names, scoped tree, edit and archive', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;
  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await grantRoles(tc, org, 'county_1', 'sec_a', 'cadre_1');
    await joinMembers(tc, org.sa, org.G1._id, 1, 3);
    await tc.data('m_9', 'member.join', { scene: org.sb, groupId: org.G2._id, ...profile(9, { city: '宁波' }) });
  });
  afterAll(() => tc?.dispose());

  it('creates one branch of a name however many ask at once (14.7)', async () => {
    const attempt = () => tc.call(ADMIN, 'org.createBranch', { kind: '云支部', name: '温州云支部', city: '温州', secretaryName: '周书记' });
    const results = await Promise.all(Array.from({ length: 8 }, attempt));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(!r.ok && r.error.code).toBe('ORG.DUPLICATE');
    const tree = await tc.data(ADMIN, 'org.tree');
    expect(tree.branches.filter((b: { name: string }) => b.name === '温州云支部')).toHaveLength(1);
  });

  it('answers counters only to organisers whose scope covers the unit (14.2)', async () => {
    const find = (tree: any, id: string) => [...tree.branches, ...tree.groups].find((u: { _id: string }) => u._id === id);
    const county = await tc.data('county_1', 'org.tree');
    expect(find(county, org.A._id)).toMatchObject({ memberCount: 3, lostCount: 0, cityCounts: expect.any(Object) });
    expect(find(county, org.G2._id)).toMatchObject({ memberCount: 1 });

    const member = await tc.data('m_1', 'org.tree');
    for (const id of [org.A._id, org.B._id, org.G1._id, org.G2._id]) expect(find(member, id)).toMatchObject({ memberCount: null, lostCount: null, cityCounts: null });
    expect(find(member, org.A._id).secretaryPhone).toBe('139****0001');
    const stranger = await tc.data('nobody', 'org.tree');
    expect(JSON.stringify(stranger)).not.toMatch(/宁波":|memberCount":\d/);

    const secretary = await tc.data('sec_a', 'org.tree');
    expect(find(secretary, org.A._id)).toMatchObject({ memberCount: 3, secretaryPhone: '13900000001' });
    expect(find(secretary, org.B._id)).toMatchObject({ memberCount: null, secretaryPhone: '139****0001' });
    expect(find(secretary, org.G1._id).memberCount).toBeNull();

    const cadre = await tc.data('cadre_1', 'org.tree');
    expect(find(cadre, org.G1._id).memberCount).toBe(3);
    expect(find(cadre, org.G2._id).memberCount).toBeNull();
    expect(find(cadre, org.A._id)).toMatchObject({ memberCount: null, secretaryPhone: '139****0001' });
  });
});
