import { useState } from 'react';
import { fieldErrors, toastError } from './error-message';

/**
 * A form's submit: ignores taps while busy, and turns a failure into inline field errors plus one
 * toast. `adjust` lets a form reword a field error it knows better (e.g. an unpicked choice).
 */
export function useSubmit(adjust?: (errors: Record<string, string>) => Record<string, string>) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      setErrors({});
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(adjust ? adjust(fields) : fields);
      toastError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, run };
}

/**
 * The usual `adjust`: an unpicked choice fails the shared schema on `field` with a message about
 * types; tell the user what to pick instead.
 */
export const rewordField =
  (field: string, message: string) =>
  (errors: Record<string, string>): Record<string, string> =>
    errors[field] ? { ...errors, [field]: message } : errors;
