/** Cloud database limits reproduced locally, so code that works here works there. */
export const LIMITS = {
  /** get() without limit returns 100 records in cloud functions (server SDK). */
  defaultGetLimit: 100,
  /** Any limit above 1000 is capped (server SDK, cloud side). */
  maxGetLimit: 1000,
  /** aggregate().end() without a $limit stage returns only 20 rows (measured by the community). */
  defaultAggregateLimit: 20,
  /**
   * Per-record cap: the cloud database is MongoDB, single record limited by BSON to 16 MiB
   * (WeChat cloud staff answer on developers.weixin.qq.com, 2021). We measure BSON size.
   */
  maxDocumentBytes: 16 * 1024 * 1024,
} as const;
