import type { ActionOutputs } from '@/contracts';
import { applyGrant } from '@/domain/auth/grant.rules';
import type { BootstrapInput } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { newSecret } from '../../platform/crypto';
import { getCounty, insertBootstrapConfig, rememberBootstrap, type CountyDoc } from '@shared/repos/config.repo';
import { putHolding, putRoster } from '../../repos/roles.repo';
import { putUser } from '@shared/repos/users.repo';
import { holdingIdOf } from '@/domain/roles/role-change.rules';

const already = () => new AppError(ErrorCodes.ADMIN_ALREADY_BOOTSTRAPPED, '县委组织部已初始化，不能重复初始化');

/**
 * The first caller becomes sysadmin and the county and join secret are created. The county doc
 * exists exactly when a sysadmin does (the last sysadmin cannot be revoked), so its `_id` collision
 * is what refuses a second or concurrent bootstrap.
 */
export async function bootstrapHandler(input: BootstrapInput, { caller, user, now }: Ctx): Promise<ActionOutputs['admin.bootstrap']> {
  if (await getCounty()) throw already();
  const county: CountyDoc = { _id: 'county', name: input.countyName, createdAt: now, createdBy: caller.openid };
  const secret = newSecret();
  const grants = applyGrant(caller.grants, { role: 'sysadmin' }, false);
  try {
    await inTransaction(async (tx) => {
      await insertBootstrapConfig(tx, county, secret, now);
      await putUser(tx, {
        _id: caller.openid,
        name: caller.name ?? input.adminName,
        grants,
        createdAt: user?.createdAt ?? now,
        updatedAt: now,
      });
      // The first sysadmin opens the roster every later sysadmin grant and revoke writes (roles/role-change.ts).
      await putRoster(tx, [caller.openid], now);
      await putHolding(tx, { _id: holdingIdOf(caller.openid, { role: 'sysadmin' }), openid: caller.openid, role: 'sysadmin', unitId: null, since: now, grantedBy: caller.openid, grantedByName: caller.name ?? input.adminName, via: 'bootstrap' });
    });
  } catch (err) {
    if (await getCounty()) throw already();
    throw err;
  }
  rememberBootstrap(county, secret);
  return { county: { name: county.name }, grants };
}
