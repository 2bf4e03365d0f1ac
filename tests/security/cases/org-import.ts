/** An editable organisation, bulk import (with members claiming imported records) and poster printing. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import type { TestCloud } from '../../functions/helpers/cloud';
import { importToEnd, ledgerRow, ledgerXlsx, uploadSheet } from '../../functions/helpers/import';
import { printPosters } from '../../functions/helpers/posters';
import { allowed, answersOwn, defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;
const IMPORTED = ledgerRow(901);
const claimant = { name: IMPORTED['姓名'] as string, phone: IMPORTED['联系电话'] as string };

/** A branch and a village nobody sits in (to archive), an imported record in branch A, and a checked file not yet imported. */
async function seed(tc: TestCloud, w: World) {
  const emptyBranch = await tc.data(openids.county, 'org.createBranch', { kind: '云支部', name: '空置云支部', city: '温州', secretaryName: '周书记' });
  const emptyGroup = await tc.data(openids.county, 'org.createGroup', { township: '花桥镇', village: '空置村' });
  const imported = await tc.data(openids.county, 'import.check', { kind: 'members', fileID: await uploadSheet(tc, openids.county, await ledgerXlsx([IMPORTED]), 'one.xlsx') });
  await importToEnd(tc, openids.county, imported.jobId);
  const { candidate } = await tc.data(openids.newcomer, 'join.match', { scene: w.scenes.A, ...claimant });
  const fileID = await uploadSheet(tc, openids.county, await ledgerXlsx([ledgerRow(902), ledgerRow(903)]), 'two.xlsx');
  const checked = await tc.data(openids.county, 'import.check', { kind: 'members', fileID });
  // A print job each of the two county-wide organisers started (the zip is its starter's alone).
  const posterJobId = (await printPosters(tc, openids.county)).last.jobId as string;
  const adminPosterJobId = (await tc.data(openids.admin, 'branch.posters', {})).jobId as string;
  return {
    emptyBranchId: emptyBranch._id as string,
    emptyGroupId: emptyGroup._id as string,
    importedId: candidate.memberId as string,
    fileID,
    jobId: checked.jobId as string,
    posterJobId,
    adminPosterJobId,
  };
}

type Fixtures = Awaited<ReturnType<typeof seed>>;

const splicedScenes = (w: World) => {
  const [, codeA, sigA] = w.scenes.A.split('.');
  const [, codeB, sigB] = w.scenes.B.split('.');
  return [`j1.${codeB}.${sigA}`, `j1.${codeA}.${sigB}`];
};

export default defineArea<Fixtures>({
  area: 'org-import',
  seed,
  cases: {
    'org.updateBranch': {
      as: 'county',
      valid: (w) => ({ branchId: w.A._id, changes: { secretaryName: '李新书记', secretaryPhone: '13900000011' } }),
      outsiders: refusedToAll(F),
    },
    'org.archiveBranch': { as: 'county', valid: (_w, f) => ({ branchId: f.emptyBranchId, archived: true }), outsiders: refusedToAll(F) },
    'org.updateGroup': { as: 'county', valid: (w) => ({ groupId: w.G1._id, changes: { name: '龙井村党小组' } }), outsiders: refusedToAll(F) },
    'org.archiveGroup': { as: 'county', valid: (_w, f) => ({ groupId: f.emptyGroupId, archived: true }), outsiders: refusedToAll(F) },
    'branch.posters': { as: 'county', valid: () => ({}), outsiders: refusedToAll(F) },
    // Advances the job when unfinished (a write), answers the zip when done: the starter's alone.
    'branch.postersStatus': {
      as: 'county',
      valid: (_w, f) => ({ jobId: f.posterJobId }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a print job the sysadmin started', payload: (_w, f) => ({ jobId: f.adminPosterJobId }) }],
    },
    // The ledger holds phones in full: the 组织部 alone imports it (not sysadmin, not a secretary).
    'import.check': {
      as: 'county',
      valid: (_w, f) => ({ kind: 'members', fileID: f.fileID }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a file of another user’s folder', code: E.IMPORT_FILE_INVALID, payload: (_w, f) => ({ kind: 'members', fileID: f.fileID.replace(openids.county, openids.secA) }) }],
    },
    'import.run': { as: 'county', valid: (_w, f) => ({ jobId: f.jobId }), outsiders: refusedToAll(F) },
    'import.status': { as: 'county', valid: (_w, f) => ({ jobId: f.jobId }), reads: true, outsiders: refusedToAll(F) },
    'join.match': {
      as: 'newcomer',
      valid: (w) => ({ scene: w.scenes.A, ...claimant }),
      reads: true,
      outsiders: {
        otherMember: answersOwn('already a member: told so, no candidate'),
        otherSecretary: answersOwn('whoever holds the code and both the phone and the name learns only his village and city'),
        outsideCadre: answersOwn('already a member'),
        outsideInflow: answersOwn('as otherSecretary'),
        stranger: answersOwn('as otherSecretary'),
      },
      signed: { key: 'scene', code: E.JOIN_SCENE_INVALID, spliced: splicedScenes },
    },
    'member.claim': {
      as: 'newcomer',
      valid: (w, f) => ({ scene: w.scenes.A, memberId: f.importedId, ...claimant }),
      outsiders: {
        otherMember: E.JOIN_CLAIM_INVALID,
        otherSecretary: allowed('not a member: whoever holds the code, the phone and the name claims the record, as he could join'),
        outsideCadre: E.JOIN_CLAIM_INVALID,
        outsideInflow: allowed('not a member: as otherSecretary'),
        stranger: allowed('not a member: as otherSecretary'),
      },
      beyond: [{ why: 'a record of branch B, or one already claimed', code: E.JOIN_CLAIM_INVALID, payload: (w) => ({ scene: w.scenes.A, memberId: w.memberIds.otherMember, ...claimant }) }],
      signed: { key: 'scene', code: E.JOIN_SCENE_INVALID, spliced: splicedScenes },
    },
  },
});
