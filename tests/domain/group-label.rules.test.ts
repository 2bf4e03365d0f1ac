import { groupLabels, groupOptions } from '../../src/domain/org/group-label.rules';

describe('village group labels', () => {
  const groups = [
    { _id: 'g1', township: '汤山镇', village: '新村' },
    { _id: 'g2', township: '花桥镇', village: '新村' },
    { _id: 'g3', township: '汤山镇', village: '龙井村' },
  ];

  it('adds the township only where two villages share a name', () => {
    expect([...groupLabels(groups).values()]).toEqual(['新村（汤山镇）', '新村（花桥镇）', '龙井村']);
    expect(groupOptions(groups.slice(1))).toEqual([
      { value: 'g2', label: '新村' },
      { value: 'g3', label: '龙井村' },
    ]);
  });
});
