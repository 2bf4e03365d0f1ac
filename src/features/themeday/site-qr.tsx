import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { Image, Text, View } from '@tarojs/components';

/**
 * One on-site sign-in code (RotatingSiteQr renews it), shown on the secretary's phone or projected at the meeting. It encodes
 * the H5 link to the theme-day page with `code=`: the weapp's scanner reads the code out of it, a
 * phone camera opens the page. Rendered as SVG by the pure-JS qrcode package (no canvas needed).
 */
export function SiteQr({ code }: { code: string }) {
  const link = `${process.env.TARO_ENV === 'h5' ? location.origin + location.pathname : ''}#/pages/themeday/index?code=${encodeURIComponent(code)}`;
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    // Bytes, not a string: qrcode encodes strings with TextEncoder, which the weapp runtime lacks.
    // The link is ASCII (origin + percent-encoded code).
    const bytes = Uint8Array.from(link, (c) => c.charCodeAt(0) & 0x7f);
    void QRCode.toString([{ data: bytes, mode: 'byte' }], { type: 'svg', margin: 1, width: 400 }).then((svg) => setSrc(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`));
  }, [link]);
  return (
    <View style={{ textAlign: 'center' }}>
      {src ? <Image className="qr" src={src} mode="aspectFit" /> : null}
      <View className="muted">现场签到码（每 30 秒更换，仅在签到时间内有效；转发的截图无效）</View>
      <Text className="muted" userSelect>{code}</Text>
    </View>
  );
}
