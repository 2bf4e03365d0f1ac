import { Textarea } from '@tarojs/components';
import { Field } from '../shared/form-fields';

interface Props {
  label: string;
  required?: boolean;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  maxlength: number;
}

/** A labelled multi-line text with its inline error (suggestions, replies, job details). */
export function TextAreaField({ value, onChange, placeholder, maxlength, ...field }: Props) {
  return (
    <Field {...field}>
      <Textarea className="textarea" value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
    </Field>
  );
}
