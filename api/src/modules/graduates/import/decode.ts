import iconv from 'iconv-lite';

export type CsvEncoding = 'UTF-8' | 'UTF-8-BOM' | 'CP932';

/**
 * Decodes an uploaded file: a UTF-8 BOM wins; otherwise strict UTF-8 is tried and, when the bytes
 * are not valid UTF-8, CP932 (Windows Shift_JIS, what Excel writes on Japanese Windows) is used.
 */
export function decodeCsvBytes(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8-BOM' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'cp932'), encoding: 'CP932' };
  }
}
