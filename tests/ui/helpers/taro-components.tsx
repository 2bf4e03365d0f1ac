/**
 * @tarojs/components for jsdom: the same props and event shapes (`e.detail.value`) as Taro's
 * components, rendered as plain DOM so tests can click and type like a user.
 */
import type { ReactNode } from 'react';
import { privacy, withinTap } from './wx-platform-rules';

type Props = { className?: string; style?: object; children?: ReactNode; onClick?: () => void; [k: string]: unknown };

/** A tap runs its handler inside a gesture: WeChat lets only that code open consent dialogs. */
const tapping = (onClick?: () => void) => onClick && (() => withinTap(onClick));

export const View = ({ className, style, children, onClick }: Props) => (
  <div className={className} style={style as React.CSSProperties} onClick={tapping(onClick)}>{children}</div>
);

/**
 * `open-type="agreePrivacyAuthorization"`: the tap itself is the user's agreement (WeChat records it
 * against the button's id before `bindagreeprivacyauthorization` fires).
 */
export const Button = (p: Props & { id?: string; openType?: string; onAgreePrivacyAuthorization?: () => void }) => (
  <button
    className={p.className}
    id={p.id}
    onClick={() =>
      withinTap(() => {
        if (p.openType === 'agreePrivacyAuthorization') {
          if (p.id) privacy.tappedAgreeButtons.add(p.id);
          p.onAgreePrivacyAuthorization?.();
        }
        p.onClick?.();
      })
    }
  >
    {p.children}
  </button>
);
export const Text = ({ className, children }: Props) => <span className={className}>{children}</span>;
export const Image = ({ className, src }: Props) => <img className={className} src={src as string} alt="" />;

export const Input = (p: Props & { value?: string; placeholder?: string; maxlength?: number; onInput?: (e: { detail: { value: string } }) => void; onConfirm?: () => void }) => (
  <input
    className={p.className}
    value={p.value}
    placeholder={p.placeholder}
    maxLength={p.maxlength}
    onChange={(e) => p.onInput?.({ detail: { value: e.target.value } })}
    onKeyDown={(e) => e.key === 'Enter' && p.onConfirm?.()}
  />
);

/** A date picker becomes a date input: typing a day is the test's "pick". */
export const Picker = (p: Props & { value?: string; onChange?: (e: { detail: { value: string } }) => void }) => (
  <label>
    <input type="date" value={p.value} onChange={(e) => p.onChange?.({ detail: { value: e.target.value } })} />
    {p.children}
  </label>
);

export const Textarea = (p: Props & { value?: string; placeholder?: string; onInput?: (e: { detail: { value: string } }) => void }) => (
  <textarea className={p.className} value={p.value} placeholder={p.placeholder} onChange={(e) => p.onInput?.({ detail: { value: e.target.value } })} />
);
