/**
 * The `api` cloud function: every user-facing action. event `{ action, payload }` →
 * `{ ok: true, data }` | `{ ok: false, error: { code, message, fields? } }` (DESIGN.md §4).
 */
import { actions, type ActionName } from '@/contracts';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { fail, ok, type Envelope } from '@/domain/shared/envelope';
import { parseInput } from '@/domain/shared/validate';
import { cloud } from './platform/cloud';
import { resolveContext } from './context';
import type { Handler, HandlerTable } from './handler';
import { bootstrapHandler } from './handlers/bootstrap.handler';
import { createBranchHandler } from './handlers/create-branch.handler';
import { createGroupHandler } from './handlers/create-group.handler';
import { orgTreeHandler } from './handlers/org-tree.handler';
import { grantRoleHandler } from './handlers/grant-role.handler';
import { branchQrcodeHandler } from './handlers/branch-qrcode.handler';
import { joinPreviewHandler } from './handlers/join-preview.handler';
import { joinBranchHandler } from './handlers/join-branch.handler';
import { myRecordHandler } from './handlers/my-record.handler';
import { updateMemberHandler } from './handlers/update-member.handler';
import { getMemberHandler } from './handlers/get-member.handler';
import { listMembersHandler } from './handlers/list-members.handler';
import { publishStudyHandler } from './handlers/publish-study.handler';
import { listStudiesHandler } from './handlers/list-studies.handler';
import { getStudyHandler } from './handlers/get-study.handler';
import { submitCheckinHandler } from './handlers/submit-checkin.handler';
import { myCheckinsHandler } from './handlers/my-checkins.handler';
import { checkinStatsHandler } from './handlers/checkin-stats.handler';
import { planThemedayHandler } from './handlers/plan-themeday.handler';
import { currentThemedayHandler } from './handlers/current-themeday.handler';
import { subscribeThemedayHandler } from './handlers/subscribe-themeday.handler';
import { signinThemedayHandler } from './handlers/signin-themeday.handler';
import { themedayAttendanceHandler } from './handlers/themeday-attendance.handler';
import { themedayDeliveryHandler } from './handlers/themeday-delivery.handler';
import { careHandlers } from './handlers/care';
import { ledgerHandlers } from './handlers/ledger';
import { statsHandlers } from './handlers/stats';
import { hometownHandlers } from './handlers/hometown';
import { pairingHandlers } from './handlers/pairing';
import { agreementHandlers } from './handlers/agreement';
import { evaluationHandlers } from './handlers/evaluation';
import { awardHandlers } from './handlers/award';
import { orgEditHandlers } from './handlers/org-edit';
import { importHandlers } from './handlers/import';
import { posterHandlers } from './handlers/poster';

const foundationHandlers = {
  'admin.bootstrap': bootstrapHandler,
  'org.createBranch': createBranchHandler,
  'org.createGroup': createGroupHandler,
  'org.tree': orgTreeHandler,
  'org.grantRole': grantRoleHandler,
  'branch.qrcode': branchQrcodeHandler,
  'join.preview': joinPreviewHandler,
  'member.join': joinBranchHandler,
  'member.me': myRecordHandler,
  'member.update': updateMemberHandler,
  'member.get': getMemberHandler,
  'member.list': listMembersHandler,
  'study.publish': publishStudyHandler,
  'study.list': listStudiesHandler,
  'study.get': getStudyHandler,
  'checkin.submit': submitCheckinHandler,
  'checkin.mine': myCheckinsHandler,
  'checkin.stats': checkinStatsHandler,
  'themeday.plan': planThemedayHandler,
  'themeday.current': currentThemedayHandler,
  'themeday.subscribe': subscribeThemedayHandler,
  'themeday.signin': signinThemedayHandler,
  'themeday.attendance': themedayAttendanceHandler,
  'themeday.delivery': themedayDeliveryHandler,
} satisfies Partial<HandlerTable<ActionName>>;

/** Later areas keep their handler tables beside their handlers (handlers/<area>/index.ts). */
const handlers: HandlerTable<ActionName> = {
  ...foundationHandlers,
  ...ledgerHandlers,
  ...careHandlers,
  ...statsHandlers,
  ...hometownHandlers,
  ...evaluationHandlers,
  ...awardHandlers,
  ...pairingHandlers,
  ...agreementHandlers,
  ...orgEditHandlers,
  ...importHandlers,
  ...posterHandlers,
};

const isActionName = (name: unknown): name is ActionName => typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);

async function dispatch(event: unknown): Promise<unknown> {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '请求格式不正确', [{ path: '(event)', message: '应为 { action, payload } 对象' }]);
  }
  const { action, payload } = event as { action?: unknown; payload?: unknown };
  if (!isActionName(action)) throw new AppError(ErrorCodes.ACTION_UNKNOWN, '不支持的操作');
  // Identity comes only from the platform, never from the payload.
  const openid = cloud.getWXContext().OPENID;
  if (!openid) throw new AppError(ErrorCodes.AUTH_REQUIRED, '请先登录');
  const input = parseInput(actions[action].input, payload);
  const ctx = await resolveContext(openid, Date.now());
  return (handlers[action] as Handler<ActionName>)(input as never, ctx);
}

export async function main(event: unknown): Promise<Envelope<unknown>> {
  try {
    return ok(await dispatch(event));
  } catch (err) {
    if (err instanceof AppError) return fail(err.toBody());
    console.error('[api] unexpected error', (event as { action?: unknown } | null)?.action, err);
    return fail({ code: ErrorCodes.INTERNAL, message: '系统繁忙，请稍后再试' });
  }
}
