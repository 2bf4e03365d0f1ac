import { useState, type ReactNode } from 'react';
import { SEARCH_FROM, visibleChips, type ChipLimits } from './chip-filter';
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

/** A labelled multi-line text with its inline error; it grows with its content, so no line hides behind a scroll. */
export function TextAreaField({ value, onChange, placeholder, maxlength, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      <Textarea className="textarea" autoHeight value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
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

/** A long list's own limits and words, where the form defaults do not suit it. */
export interface ChipFilter extends ChipLimits {
  placeholder?: string;
  /** The line under a cut list (`query` as typed); null for none. Absent: how many are left out. */
  moreText?: (cut: { total: number; hidden: number; query: string }) => string | null;
}

interface ChipsProps<T extends string> {
  options: readonly { value: T; label: string }[];
  value: T | undefined | null;
  onChange: (value: T) => void;
  filter?: ChipFilter;
}

/** One-of choices as tappable chips: fewer taps than a picker for two to a dozen options. */
export function Chips<T extends string>({ options, value, onChange, filter }: ChipsProps<T>) {
  return <ChipList options={options} selected={value ? [value] : []} onTap={onChange} filter={filter} />;
}

const formMoreText: NonNullable<ChipFilter['moreText']> = ({ hidden }) => `另有 ${hidden} 项，请输入关键字筛选`;

interface ChipListProps<T extends string> {
  options: readonly { value: T; label: string }[];
  selected: readonly string[];
  onTap: (value: T) => void;
  filter?: ChipFilter;
}

/** The chips of a list, with a filter box when it is long (chip-filter.ts). */
function ChipList<T extends string>({ options, selected, onTap, filter = {} }: ChipListProps<T>) {
  const [query, setQuery] = useState('');
  const { placeholder = `输入关键字筛选（共 ${options.length} 项）`, moreText = formMoreText, ...limits } = filter;
  const { shown, hidden } = visibleChips(options, query, selected, limits);
  const more = hidden ? moreText({ total: options.length, hidden, query }) : null;
  return (
    <View>
      {options.length > (limits.searchFrom ?? SEARCH_FROM) ? <Input className="field-input chip-search" value={query} placeholder={placeholder} onInput={(e) => setQuery(e.detail.value)} /> : null}
      <View className="chips">
        {shown.map((o) => (
          <View key={o.value} className={selected.includes(o.value) ? 'chip chip-on' : 'chip'} onClick={() => onTap(o.value)}>
            {o.label}
          </View>
        ))}
      </View>
      {more ? <View className="muted mb-16">{more}</View> : null}
    </View>
  );
}

/** A number typed as text: an empty box stays NaN so the shared schema names the field instead of taking 0. */
export const typedNumber = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** Several values typed in one line (names, cities), split on spaces and Chinese or Latin commas. */
export const splitList = (text: string) => text.split(/[\s,，、]+/).map((s) => s.trim()).filter(Boolean);

/** Chip options of a list of values: labelled from `labels` when given, else each value is its own label. */
export const asOptions = <T extends string>(values: readonly T[], labels?: Readonly<Record<NoInfer<T>, string>>) =>
  values.map((v) => ({ value: v, label: labels ? labels[v] : v }));

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
