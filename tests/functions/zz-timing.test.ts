import { seedTwoBranches, startTestCloud, grantRoles } from './helpers/cloud';
import { ledgerRow, ledgerXlsx, uploadSheet } from './helpers/import';
jest.setTimeout(900_000);
it('times 3700 rows', async () => {
  const tc = await startTestCloud();
  const org = await seedTwoBranches(tc);
  await grantRoles(tc, org, 'county_1');
  const rows = Array.from({ length: 3700 }, (_, k) => ledgerRow(k + 1));
  const fileID = await uploadSheet(tc, 'county_1', await ledgerXlsx(rows));
  let t = Date.now();
  const r = await tc.data('county_1', 'import.check', { kind: 'members', fileID });
  const check = Date.now() - t;
  t = Date.now();
  const steps: number[] = [];
  let v = r;
  while (v.state !== 'done') { const s = Date.now(); v = await tc.data('county_1', 'import.run', { jobId: r.jobId }); steps.push(Date.now() - s); }
  console.log(JSON.stringify({ check, total: Date.now() - t, steps, imported: v.imported, failed: v.failedBatches.length }));
  t = Date.now(); const p = await tc.data('county_1', 'branch.posters', {}); console.log('posters', p.count, Date.now() - t);
  await tc.dispose();
});
