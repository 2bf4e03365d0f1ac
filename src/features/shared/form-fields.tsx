import { useState, type ReactNode } from 'react';
import { SEARCH_FROM, visibleChips } from './chip-filter';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';

interface FieldProps {
  label: string;
  required?: boolean;
  error?: string;
  children: ReactNode;
}

/** A labelled form row with its inline error. */
export function Field({ label, required, error, children }: FieldProps) {
  return (
    <View className="field">
      <View className={required ? 'field-label field-required' : 'field-label'}>{label}</View>
      {children}
      {error ? <View className="field-error">{error}</View> : null}
    </View>
  );
}

interface TextFieldProps extends Omit<FieldProps, 'children'> {
  value: string | undefined;
  onChange: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard';
  maxlength?: number;
}

export function TextField({ value, onChange, placeholder, type = 'text', maxlength = 64, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      <Input
        className="field-input"
        type={type}
        value={value ?? ''}
        placeholder={placeholder ?? `请输入${field.label}`}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  );
}

interface TextAreaFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** Absent: the platform's default (140 on weapp). */
  maxlength?: number;
}

/** A labelled multi-line text with its inline error. */
export function TextAreaField({ value, onChange, placeholder, maxlength, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      <Textarea className="textarea" value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
    </Field>
  );
}

interface DateFieldProps extends Omit<FieldProps, 'children'> {
  value: string | undefined | null;
  onChange: (day: string) => void;
}

/** A Shanghai calendar day picked as YYYY-MM-DD, the format the schemas expect. */
export function DateField({ value, onChange, ...field }: DateFieldProps) {
  return (
    <Field {...field}>
      <Picker mode="date" value={value ?? ''} start="1920-01-01" end="2099-12-31" onChange={(e) => onChange(String(e.detail.value))}>
        <View className="field-input">{value ? <Text>{value}</Text> : <Text className="field-placeholder">请选择{field.label}</Text>}</View>
      </Picker>
    </Field>
  );
}

interface ChipsProps<T extends string> {
  options: readonly { value: T; label: string }[];
  value: T | undefined | null;
  onChange: (value: T) => void;
}

/** One-of choices as tappable chips: fewer taps than a picker for two to a dozen options. */
export function Chips<T extends string>({ options, value, onChange }: ChipsProps<T>) {
  return <ChipList options={options} selected={value ? [value] : []} onTap={onChange} />;
}

/** The chips of a list, with a filter box when it is long (chip-filter.ts). */
function ChipList<T extends string>({ options, selected, onTap }: { options: readonly { value: T; label: string }[]; selected: readonly string[]; onTap: (value: T) => void }) {
  const [query, setQuery] = useState('');
  const { shown, hidden } = visibleChips(options, query, selected);
  return (
    <View>
      {options.length > SEARCH_FROM ? <Input className="field-input chip-search" value={query} placeholder={`输入关键字筛选（共 ${options.length} 项）`} onInput={(e) => setQuery(e.detail.value)} /> : null}
      <View className="chips">
        {shown.map((o) => (
          <View key={o.value} className={selected.includes(o.value) ? 'chip chip-on' : 'chip'} onClick={() => onTap(o.value)}>
            {o.label}
          </View>
        ))}
      </View>
      {hidden ? <View className="muted mb-16">另有 {hidden} 项，请输入关键字筛选</View> : null}
    </View>
  );
}

export const asOptions = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, label: v }));

interface MultiChipsProps {
  options: readonly { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
}

/** Any-of choices as chips; a tap toggles one. */
export function MultiChips({ options, value, onChange }: MultiChipsProps) {
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return <ChipList options={options} selected={value} onTap={toggle} />;
}
