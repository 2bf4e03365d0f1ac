import { useState } from 'react';
import { fieldErrors, toastError } from './error-message';

/**
 * A form's submit: ignores taps while busy, and turns a failure into inline field errors plus one
 * toast. `adjust` lets a form reword a field error it knows better (e.g. an unpicked choice).
 * A form that passes its `values` sees a field's error go as soon as that field changes: the
 * error speaks of the value that was refused, not of what the person typed since.
 */
export function useSubmit(adjust?: (errors: Record<string, string>) => Record<string, string>, values?: Record<string, unknown>) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ errors: Record<string, string>; seen: Record<string, string> }>({ errors: {}, seen: {} });
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      setFailed({ errors: {}, seen: {} });
    } catch (err) {
      const fields = fieldErrors(err);
      setFailed({ errors: adjust ? adjust(fields) : fields, seen: snapshot(values) });
      toastError(err);
    } finally {
      setBusy(false);
    }
  };
  const now = snapshot(values);
  const unchanged = (path: string) => {
    const key = valueKeyOf(path, now);
    return key === undefined || now[key] === failed.seen[key];
  };
  const errors = values ? Object.fromEntries(Object.entries(failed.errors).filter(([path]) => unchanged(path))) : failed.errors;
  return { busy, errors, run };
}

/** The form value an error's path speaks of: its deepest segment the form names (`plan.meetingUrl` → meetingUrl). */
const valueKeyOf = (path: string, values: Record<string, string>): string | undefined =>
  path
    .split('.')
    .reverse()
    .find((seg) => Object.prototype.hasOwnProperty.call(values, seg));
const snapshot = (values?: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, JSON.stringify(v) ?? '']));

/**
 * The usual `adjust`: an unpicked choice fails the shared schema on `field` with a message about
 * types; tell the user what to pick instead.
 */
export const rewordField =
  (field: string, message: string) =>
  (errors: Record<string, string>): Record<string, string> =>
    errors[field] ? { ...errors, [field]: message } : errors;
