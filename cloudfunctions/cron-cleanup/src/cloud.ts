// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud: typeof import('wx-server-sdk') = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const db: any = cloud.database({ throwOnNotFound: false } as never);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const _: any = db.command;
export { cloud };
