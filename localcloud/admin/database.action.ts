/** Dispatch of database.* actions (the wire names the SDK uses). Anything else fails loudly. */
import type { DbContext, DbParams } from './db-context';
import { aggregateDocuments, calculateDocument, getDocument } from './db-read.action';
import { addCollection, insertDocument, modifyDocument, removeDocument } from './db-write.action';
import { unsupported } from '../store/db-error';

export async function databaseAction(ctx: DbContext, p: DbParams): Promise<Record<string, unknown>> {
  switch (p.action) {
    case 'database.getDocument': return { data: getDocument(ctx, p) };
    case 'database.calculateDocument': return { data: calculateDocument(ctx, p) };
    case 'database.aggregateDocuments': return { data: aggregateDocuments(ctx, p) };
    case 'database.insertDocument': return { data: await insertDocument(ctx, p) };
    case 'database.modifyDocument': return { data: await modifyDocument(ctx, p) };
    case 'database.removeDocument': return { data: await removeDocument(ctx, p) };
    case 'database.addCollection': return { data: await addCollection(ctx, p) };
    case 'database.startTransaction': return { transactionId: ctx.tx.start(ctx.invocation).id };
    case 'database.commitTransaction': {
      // A transaction's insert is "on disk" at its commit: crashAfterInsertInto fires there too (a vote cut before its nomination's count).
      const inserts = ctx.tx.get(p.transactionId!).staged.some((m) => m.op === 'put' && m.coll === ctx.faults?.crashAfterInsertInto);
      ctx.tx.commit(p.transactionId!);
      await ctx.store.durable();
      if (inserts) process.kill(process.pid, 'SIGKILL');
      return {};
    }
    case 'database.abortTransaction': ctx.tx.abort(p.transactionId!); return {};
    default: throw unsupported(`action ${p.action}`);
  }
}
