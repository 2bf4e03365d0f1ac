/**
 * wx.openApi: cloud.openapi.* calls. Request = multipart {apiName, requestData: protobuf CommApiData
 * whose pairs hold snake_case JSON values}; reply = protobuf CommOpenApiResp {respData, contentType}.
 * JSON bodies with `errcode` make the SDK throw CloudSDKError{errCode: errcode}; non-JSON content
 * (the QR PNG) comes back to the caller as {contentType, buffer}.
 * As in the cloud, a function may only call the APIs listed in its config.json permissions.openapi.
 */
import QRCode from 'qrcode';
import type { FunctionRunner } from '../runner/function-runner';
import { FAULT_ERRORS, type FaultConfig, type OutboxEntry, type SendFault } from '../dev/outbox';
import { imgSecCheck, msgSecCheck } from './content-security';

/** subscribeMessage.send's miniprogram_state values. */
const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'];

export interface OpenApiDeps {
  runner: FunctionRunner;
  outbox: OutboxEntry[];
  images: Map<number, Buffer>;
  faults: FaultConfig;
  publicUrl: () => string;
}

export interface OpenApiReply { body: Buffer; contentType: string }

/** Thrown to make /admin answer with a tcb-level error (the SDK maps SERVER_TIMEOUT to -501002). */
export class TcbLevelError extends Error {
  constructor(public readonly code: string, message: string) { super(message); }
}

function proto(): any {
  // The message types live in the SDK's own protobufjs root, registered when the SDK loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for its side effect, and only when an openapi call arrives
  require('wx-server-sdk');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK's own protobufjs instance, whose root holds its types
  const root = require('protobufjs/minimal').roots.default;
  if (!root?.CommApiData) throw new Error('protobuf types of wx-server-sdk not found');
  return root;
}

/** JSON values by key, plus every value's raw bytes (media such as imgSecCheck's image arrive raw). */
function decodeRequest(requestData: Buffer): { req: Record<string, any>; raw: Record<string, Buffer> } {
  const msg = proto().CommApiData.decode(requestData);
  const req: Record<string, any> = {};
  const raw: Record<string, Buffer> = {};
  for (const pair of msg.openapiData?.pairs ?? []) {
    raw[pair.key] = Buffer.from(pair.value);
    const text = raw[pair.key].toString('utf8');
    try { req[pair.key] = JSON.parse(text); } catch { req[pair.key] = text; }
  }
  return { req, raw };
}

function reply(respData: Buffer, contentType: string): OpenApiReply {
  return { body: Buffer.from(proto().CommOpenApiResp.encode({ respData, contentType }).finish()), contentType: 'application/octet-stream' };
}
const json = (v: unknown) => reply(Buffer.from(JSON.stringify(v)), 'application/json');

const nextId = (outbox: OutboxEntry[]) => (outbox.length ? outbox[outbox.length - 1].id + 1 : 1);

function takeFault(f: FaultConfig, touser: string): SendFault | null {
  if (f.subscribeSendTo?.[touser]) return f.subscribeSendTo[touser];
  if (f.subscribeSend && f.subscribeSend.length) return f.subscribeSend.shift()!;
  return f.subscribeSendAll ?? null;
}

export async function openApiAction(deps: OpenApiDeps, apiName: string, requestData: Buffer, invocation?: string): Promise<OpenApiReply> {
  const inv = invocation ? deps.runner.invocations.get(invocation) : undefined;
  if (inv) {
    const allowed = deps.runner.config(inv.fn).permissions?.openapi ?? [];
    if (!allowed.includes(apiName)) {
      return json({ errcode: 604101, errmsg: `function has no permission to call this API: add "${apiName}" to ${inv.fn}/config.json permissions.openapi` });
    }
  }
  if (apiName !== 'subscribeMessage.send' && deps.faults.openapiTimeout?.includes(apiName)) {
    throw new TcbLevelError('SERVER_TIMEOUT', `ESOCKETTIMEDOUT: openapi ${apiName} timed out (injected fault)`);
  }
  const { req, raw } = decodeRequest(requestData);
  const at = new Date().toISOString();
  switch (apiName) {
    case 'wxacode.getUnlimited': {
      const scene = String(req.scene ?? '');
      if (!scene || scene.length > 32) return json({ errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' });
      const page = String(req.page || 'pages/join/index').replace(/^\//, '');
      const url = `${deps.publicUrl()}/#/${page}?scene=${encodeURIComponent(scene)}`;
      const png = await QRCode.toBuffer(url, { type: 'png', width: Number(req.width) || 430, margin: 2 });
      const id = nextId(deps.outbox);
      deps.images.set(id, png);
      deps.outbox.push({ id, kind: 'wxacode', scene, page, url, image: `/dev/outbox/${id}.png`, bytes: png.length, at, fn: inv?.fn });
      return reply(png, 'image/png');
    }
    case 'subscribeMessage.send': {
      if (!req.touser || !req.template_id || !req.data) return json({ errcode: 47003, errmsg: 'argument invalid! touser, template_id and data are required' });
      // miniprogram_state: developer / trial / formal, formal when absent (subscribeMessage.send,
      // https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
      if (req.miniprogram_state !== undefined && !MINIPROGRAM_STATES.includes(String(req.miniprogram_state))) {
        return json({ errcode: 47003, errmsg: 'argument invalid! miniprogram_state must be developer, trial or formal' });
      }
      // A `thing` keyword holds at most 20 characters; WeChat refuses a longer one (47003) rather
      // than cutting it (subscribe-message keyword rules, same page as above).
      const longThing = Object.entries(req.data as Record<string, { value?: unknown }>).find(([k, v]) => /^thing\d+$/.test(k) && [...String(v?.value ?? '')].length > 20);
      if (longThing) return json({ errcode: 47003, errmsg: `argument invalid! data.${longThing[0]}.value is longer than 20 characters` });
      const fault = takeFault(deps.faults, req.touser);
      const result = fault === 'timeout' ? { errcode: -1, errmsg: 'timeout (injected)' } : fault ? FAULT_ERRORS[fault] : { errcode: 0, errmsg: 'ok' };
      deps.outbox.push({
        id: nextId(deps.outbox), kind: 'subscribeMessage', touser: req.touser, templateId: req.template_id,
        page: req.page, data: req.data, miniprogramState: req.miniprogram_state, at, fn: inv?.fn, result,
      });
      if (fault === 'timeout') throw new TcbLevelError('SERVER_TIMEOUT', 'ESOCKETTIMEDOUT: openapi subscribeMessage.send timed out (injected fault)');
      return json(result.errcode ? result : { errcode: 0, errmsg: 'ok', msgid: id32() });
    }
    case 'security.msgSecCheck':
      return json(msgSecCheck(req, deps.faults));
    case 'security.imgSecCheck':
      return json(imgSecCheck(raw.media, deps.faults));
    default:
      return json({ errcode: -1, errmsg: `[LocalCloud] openapi ${apiName} is not emulated` });
  }
}

const id32 = () => Math.floor(Math.random() * 2 ** 48);
