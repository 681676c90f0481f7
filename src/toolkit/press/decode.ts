import {pressError, pressWarning, type PressDiagnostic} from './diagnostics';
import {MAX_RELEASE_BYTES} from './limits';

/** The text of a release file, or why it cannot be read as text. */
export interface DecodedRelease {
  /** Text with `\n` line endings and no byte order mark; null when the file was refused. */
  text: string | null;
  /** Encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | null;
  diagnostics: PressDiagnostic[];
}

/** 1-based line of a byte offset: newlines before it, plus one. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Reads a release's bytes as text. Editors paste from old pages, so the bytes
 * may carry a BOM, CRLF endings or Windows-1252; binary data and oversized files
 * are refused before anything else looks at them.
 */
export function decodeRelease(bytes: Uint8Array): DecodedRelease {
  if (bytes.length > MAX_RELEASE_BYTES) {
    return {
      text: null,
      encoding: null,
      diagnostics: [
        pressError(
          lineAtByte(bytes, MAX_RELEASE_BYTES),
          `file is ${bytes.length.toLocaleString('en')} bytes, over the ${MAX_RELEASE_BYTES.toLocaleString('en')}-byte limit for one release (reached at this line)`,
          'Check that this is a single press release copied as plain text; split a file holding several releases into one file each',
        ),
      ],
    };
  }
  // UTF-16 is full of NUL bytes, so its byte order mark is recognised first.
  for (const [encoding, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (startsWith(bytes, [...bom])) {
      const text = new TextDecoder(encoding).decode(bytes.subarray(2));
      return {text: normaliseLineEndings(text), encoding, diagnostics: []};
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      text: null,
      encoding: null,
      diagnostics: [
        pressError(
          lineAtByte(bytes, nul),
          `file contains binary data (a NUL byte at byte ${nul})`,
          'Save the release as plain text (.txt) and import that; Word, PDF and image files cannot be imported',
        ),
      ],
    };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return {text: normaliseLineEndings(new TextDecoder('utf-8', {fatal: true}).decode(body)), encoding: 'utf-8', diagnostics: []};
  } catch {
    const firstHighByte = body.findIndex((byte) => byte >= 0x80);
    return {
      text: normaliseLineEndings(decodeWindows1252(body)),
      encoding: 'windows-1252',
      diagnostics: [
        pressWarning(
          lineAtByte(body, Math.max(firstHighByte, 0)),
          'file is not valid UTF-8; read it as Windows-1252 (the encoding of old web pages)',
          'Check quotation marks and accented letters in the post, or save the source as UTF-8',
        ),
      ],
    };
  }
}

/** Windows-1252's characters at bytes 0x80-0x9F (curly quotes, dashes, euro); undefined bytes stay as they are. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252. Node 20's `TextDecoder('windows-1252')` decodes as
 * ISO-8859-1 (bytes 0x80-0x9F become C1 controls instead of `“ ” – —`), so
 * that range is mapped here after decoding.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control);
}

/** CRLF and lone CR become LF, so line numbers match what an editor sees. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
