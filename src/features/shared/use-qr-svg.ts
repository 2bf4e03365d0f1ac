import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * An ASCII link as a QR image (SVG data URL) drawn by the pure-JS qrcode package: no canvas, so
 * the same in the weapp and on H5. Bytes, not a string: qrcode encodes strings with TextEncoder,
 * which the weapp runtime lacks.
 */
export function useQrSvg(link: string): string | undefined {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    const bytes = Uint8Array.from(link, (c) => c.charCodeAt(0) & 0x7f);
    void QRCode.toString([{ data: bytes, mode: 'byte' }], { type: 'svg', margin: 1 }).then((svg) => setSrc(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`));
  }, [link]);
  return src;
}

/** The H5 address of a page with its query (the weapp has no origin: the path alone). */
export const appLink = (pageAndQuery: string): string => `${process.env.TARO_ENV === 'h5' ? location.origin + location.pathname : ''}#/${pageAndQuery}`;
