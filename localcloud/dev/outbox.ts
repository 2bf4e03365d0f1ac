/** What the emulated WeChat open API "sent", and the faults tests can inject into it. */
export type SendFault = 'refused' | 'quota' | 'rate' | 'timeout';

export interface FaultConfig {
  /** Consumed one per subscribeMessage.send call, in order. */
  subscribeSend?: SendFault[];
  /** Sends to these openids always meet this fault (a user who turned his subscriptions off: 'refused'). */
  subscribeSendTo?: Record<string, SendFault>;
  /** Applies to every send while set (after the queue above is empty). */
  subscribeSendAll?: SendFault | null;
  /** Every text is risky: msgSecCheck v1 answers 87014, v2 `result.suggest: 'risky'`. */
  msgSecRisky?: boolean;
  /** Every image is risky: imgSecCheck answers 87014. */
  imgSecRisky?: boolean;
  /** msgSecCheck / imgSecCheck answer errcode -1 (system error): the "check unavailable" path. */
  secCheckDown?: boolean;
  /** Only imgSecCheck answers errcode -1: the photo check is unavailable, the text check works. */
  imgSecDown?: boolean;
  /** Every storage.* request (uploadFile, getTempFileURL, downloadFile, deleteFile) fails with STORAGE_REQUEST_FAIL. */
  storageDown?: boolean;
  /**
   * Open APIs named here (e.g. 'wxacode.getUnlimited', 'security.msgSecCheck') time out: SERVER_TIMEOUT,
   * errCode -501002, nothing produced. subscribeMessage.send has its own faults above.
   */
  openapiTimeout?: string[];
  /**
   * The process dies (SIGKILL) right after the next insert into this collection is on disk, before
   * it is answered: a call cut between its record and its counter increments (fault suite only).
   */
  crashAfterInsertInto?: string | null;
  /**
   * The same, right after the next update outside a transaction that changes a record of this
   * collection (a row marked, before the counter that follows it moves).
   */
  crashAfterUpdateOf?: string | null;
}

export interface SubscribeOutboxEntry {
  id: number;
  kind: 'subscribeMessage';
  touser: string;
  templateId: string;
  page?: string;
  data: unknown;
  miniprogramState?: string;
  at: string;
  fn?: string;
  result: { errcode: number; errmsg: string };
}

export interface QrOutboxEntry {
  id: number;
  kind: 'wxacode';
  scene: string;
  page: string;
  /** What the PNG encodes: the H5 join page. */
  url: string;
  /** Served by GET /dev/outbox/<id>.png */
  image: string;
  bytes: number;
  at: string;
  fn?: string;
}

export type OutboxEntry = SubscribeOutboxEntry | QrOutboxEntry;

/** WeChat's own codes for the injected faults. */
export const FAULT_ERRORS: Record<Exclude<SendFault, 'timeout'>, { errcode: number; errmsg: string }> = {
  refused: { errcode: 43101, errmsg: 'user refuse to accept the msg' },
  quota: { errcode: 45009, errmsg: 'reach max api daily quota limit' },
  rate: { errcode: 45011, errmsg: 'api minute-quota reach limit  mustslower  retry next minute' },
};
