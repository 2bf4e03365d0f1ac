import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud } from '../localcloud/server';
import { caller, requestsOf } from './bench-cloud';

const profile = (i: number) => ({
  name: `成员${i}`,
  gender: i % 2 ? '男' : '女',
  phone: `139${String(10000000 + i).slice(-8)}`,
  city: i % 3 ? '杭州' : '宁波',
  employer: `物流公司${i % 7}`,
});

/** Seeds a county with one branch of `members` members and measures join and list. */
export async function measureDbRequests(root: string, members: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-bench-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions') });
  try {
    const call = caller(lc);
    await call('admin', 'admin.bootstrap', { countyName: '基准县', adminName: '管理员' });
    const branch = await call('admin', 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '王书记' });
    const group = await call('admin', 'org.createGroup', { township: '城关镇', village: '东村' });
    const { scene } = await call('admin', 'branch.qrcode', { branchId: branch._id });
    const join = (i: number) => call(`bench_${i}`, 'member.join', { scene, groupId: group._id, ...profile(i) });
    for (let i = 0; i < members - 1; i += 50) await Promise.all(Array.from({ length: Math.min(50, members - 1 - i) }, (_, k) => join(i + k)));
    const started = Date.now();
    const joinRequests = await requestsOf(lc, () => join(members - 1));
    const joinMs = Date.now() - started;
    const listRequests = await requestsOf(lc, () => call('admin', 'member.list', { branchId: branch._id, limit: 20 }));
    const filteredListRequests = await requestsOf(lc, () => call('admin', 'member.list', { city: '杭州', q: '物流', limit: 20 }));
    return { members, joinRequests, joinMs, listRequests, filteredListRequests };
  } finally {
    await lc.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
