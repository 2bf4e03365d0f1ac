import type { Caller } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { secretaryBranchIds } from '../auth/scope.rules';

/**
 * Who keeps 党费 records and sees arrears: the county 组织部 and branch secretaries (each for his
 * branches, supervisesMember). Not sysadmin (no member data), not village cadres (dues are paid to
 * the branch). The same people keep the 活动证 records.
 */
export const keepsDues = (caller: Caller): boolean => hasRole(caller, 'county') || secretaryBranchIds(caller).length > 0;
