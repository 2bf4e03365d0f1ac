/**
 * Minimal multipart/form-data reader for the SDK's wx.openApi requests. The protobuf field is raw
 * binary, so we split the Buffer ourselves rather than going through a text-decoding form parser.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) throw new Error('multipart body without boundary');
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`);
  const fields: Record<string, Buffer> = {};
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start + 2, next - 2); // drop CRLF after delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) fields[name] = part.subarray(headerEnd + 4);
    pos = next;
  }
  return fields;
}
