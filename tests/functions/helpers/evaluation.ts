/** The county's usual 述职评议 tiers (一档 from 90, 二档 from 75, 三档 from 0) and their 党费补助. */
export const TIERS = [
  { name: '一档', minScore: 90, amount: 3000 },
  { name: '二档', minScore: 75, amount: 2000 },
  { name: '三档', minScore: 0, amount: 1000 },
];
