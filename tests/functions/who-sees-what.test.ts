/**
 * docs/who-sees-what.md, role by role, through member.get and care.get: the member himself and
 * those who manage him see his record in full; sysadmin sees the masked view (maskedViewFields:
 * no birth date, employer, openid; phone and card masked) and no care text; others are refused.
 */
import { maskedViewFields } from '../../src/domain/member/mask.rules';
import { ADMIN, grantRoles, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';

jest.setTimeout(60_000);

const FULL = { name: '王全档', gender: '男', phone: '13912345678', city: '杭州', birthDate: '1985-03-04', employer: '西湖电子厂', industry: '制造', originalOrg: '龙井村党支部', activityCardNo: 'HZ2026FULL' } as const;
const HARDSHIP = '工地拖欠三个月工资';

describe('who sees what', () => {
  let tc: TestCloud;
  let memberId: string;
  let caseId: string;
  beforeAll(async () => {
    tc = await startTestCloud();
    const org = await seedTwoBranches(tc);
    await grantRoles(tc, org, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
    memberId = (await tc.data('m_full', 'member.join', { scene: org.sa, groupId: org.G1._id, ...FULL })).member._id;
    caseId = (await tc.data('m_full', 'care.file', { kind: '欠薪维权', description: HARDSHIP, contact: '电话' }))._id;
  });
  afterAll(() => tc?.dispose());

  it.each(['m_full', 'county_1', 'sec_a', 'cadre_1'])('%s sees the record in full and the care text', async (who) => {
    const { member } = await tc.data(who, 'member.get', { memberId });
    expect(member).toMatchObject({ ...FULL, openid: 'm_full', masked: false });
    expect((await tc.data(who, 'care.get', { caseId })).case.description).toBe(HARDSHIP);
  });

  it('sysadmin sees the masked view of the table and no care text', async () => {
    const { member, history } = await tc.data(ADMIN, 'member.get', { memberId });
    // branchName / groupName label the branchId / groupId of the table: the view adds no other field.
    const labels = ['masked', 'branchName', 'groupName'];
    expect(Object.keys(member).filter((k) => !labels.includes(k)).sort()).toEqual(maskedViewFields.filter((f) => f in member).sort());
    expect(member).toMatchObject({ name: FULL.name, phone: '139****5678', activityCardNo: 'HZ******LL', masked: true });
    for (const hidden of ['birthDate', 'employer', 'industry', 'originalOrg', 'openid']) expect(member).not.toHaveProperty(hidden);
    expect(JSON.stringify(history)).not.toContain('m_full');
    const listed = (await tc.data(ADMIN, 'member.list', {})).items.find((m: { _id: string }) => m._id === memberId);
    expect(listed).not.toHaveProperty('employer');
    const c = (await tc.data(ADMIN, 'care.get', { caseId })).case;
    expect(c.description).toBe('（仅负责该党员的组织者可见）');
    expect(JSON.stringify(c)).not.toContain(HARDSHIP);
  });

  it.each(['sec_b', 'cadre_2'])('%s (another unit) is refused', async (who) => {
    expect(await tc.code(who, 'member.get', { memberId })).toBe('AUTH.FORBIDDEN');
  });
});
