/** functions.invokeFunction: cloud.callFunction from inside a function, run in-process as the caller. */
import { FunctionTimeout, type FunctionRunner } from '../runner/function-runner';
import { TcbLevelError } from './openapi.action';

export async function invokeFunctionAction(runner: FunctionRunner, p: { function_name?: string; request_data?: string }, invocation?: string) {
  const fn = p.function_name ?? '';
  if (!runner.entry(fn)) throw new TcbLevelError('FUNCTIONS_REQUEST_FAIL', `[ResourceNotFound.Function] function not found: ${fn}`);
  const caller = invocation ? runner.invocations.get(invocation) : undefined;
  const event = p.request_data ? JSON.parse(p.request_data) : {};
  try {
    const result = await runner.invoke(fn, event, caller?.identity ?? {}, 'function');
    return { data: { response_data: JSON.stringify(result ?? null) } };
  } catch (e) {
    if (e instanceof FunctionTimeout) throw new TcbLevelError('FUNCTIONS_EXECUTE_FAIL', e.message);
    throw new TcbLevelError('FUNCTIONS_EXECUTE_FAIL', `function ${fn} threw: ${(e as Error)?.message ?? e}`);
  }
}
