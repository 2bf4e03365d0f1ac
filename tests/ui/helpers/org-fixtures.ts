/** The county the organiser-page tests answer with: branches bA (杭州) and bB (宁波), one village group. */
export const tree = {
  county: { name: '石阡县' },
  branches: [
    { _id: 'bA', name: '杭州云支部', kind: '云支部', city: '杭州', secretaryName: '李', secretaryPhone: null, memberCount: 30 },
    { _id: 'bB', name: '宁波云支部', kind: '云支部', city: '宁波', secretaryName: '赵', secretaryPhone: null, memberCount: 3 },
  ],
  groups: [{ _id: 'g1', name: '龙井村网上党小组', township: '汤山镇', village: '龙井村', memberCount: 33 }],
};

/** member.me of bA's secretary, who is not a member himself. */
export const secretaryOfA = { openid: 'o1', name: '李', grants: [{ role: 'secretary', branchId: 'bA' }], member: null, branch: null, group: null, county: tree.county };
