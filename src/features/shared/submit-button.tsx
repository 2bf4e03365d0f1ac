import { View } from '@tarojs/components';

interface Props {
  text: string;
  busy?: boolean;
  plain?: boolean;
  onClick: () => void;
}

/** The page's main action; ignores taps while a request is in flight so nothing is sent twice. */
export function SubmitButton({ text, busy, plain, onClick }: Props) {
  const cls = ['btn', plain ? 'btn-plain' : '', busy ? 'btn-disabled' : ''].filter(Boolean).join(' ');
  return (
    <View className={cls} onClick={() => !busy && onClick()}>
      {busy ? '提交中…' : text}
    </View>
  );
}
