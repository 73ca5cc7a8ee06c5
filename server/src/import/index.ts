/**
 * `importFile`: an official text (PDF, Word, text copied out of a PDF) to `.unres` markup. The
 * readers turn each format into styled lines; the pure converter of the language service does the
 * rest, the same for all three and for the editor's paste.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { convertToMarkup, type ConversionResult } from '../languageService/import/convert';
import { readPlainText } from '../languageService/import/plainText';
import type { StyledDocument } from '../languageService/import/styled';
import { ImportError, LIMITS } from './errors';
import { readPdf } from './pdf';
import { readDocx } from './docx';

export { ImportError, LIMITS } from './errors';

/** The formats by extension. */
export const IMPORT_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md'] as const;

/** Reads and converts one file; throws `ImportError` with the reason when it cannot. */
export async function importFile(file: string): Promise<ConversionResult> {
  let data: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new ImportError(file, 'not a file');
    if (stat.size > LIMITS.bytes) throw new ImportError(file, `${Math.round(stat.size / 1048576)} MB: unres imports files of up to ${LIMITS.bytes / 1048576} MB`);
    data = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return importBytes(data, file);
}

/** Converts a file's bytes; `name` gives the format (by extension) and names the file in errors. */
export async function importBytes(data: Uint8Array, name: string): Promise<ConversionResult> {
  const ext = path.extname(name).toLowerCase();
  const styled = await withTimeout(read(data, name, ext), name);
  const chars = styled.lines.reduce((n, l) => n + l.spans.reduce((m, s) => m + s.text.length, 0), 0);
  if (chars > LIMITS.chars) throw new ImportError(name, `${chars} characters: unres imports texts of up to ${LIMITS.chars} characters`);
  const result = convertToMarkup(styled);
  if (!result.isResolution) throw new ImportError(name, 'no resolution found: no organ line (“The General Assembly,”, “The Security Council,” …) followed by paragraphs');
  return result;
}

async function read(data: Uint8Array, name: string, ext: string): Promise<StyledDocument> {
  switch (ext) {
    case '.pdf': {
      if (!startsWith(data, '%PDF')) throw new ImportError(name, 'not a PDF (it does not start with %PDF)');
      return readPdf(new Uint8Array(data), name);
    }
    case '.docx': {
      if (!startsWith(data, 'PK')) throw new ImportError(name, 'not a Word file (.docx is a zip archive, and this is none)');
      return readDocx(data, name);
    }
    case '.txt':
    case '.md':
    case '.text': {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
      if (text.includes('\u0000')) throw new ImportError(name, 'not text (it holds binary data)');
      return readPlainText(text);
    }
    default:
      throw new ImportError(name, `unres imports .pdf, .docx, .txt and .md files, not ${ext || 'files without an extension'}`);
  }
}

function startsWith(data: Uint8Array, magic: string): boolean {
  // A PDF may have a few bytes of junk before its header.
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return magic === '%PDF' ? head.includes('%PDF-') : head.startsWith(magic);
}

function withTimeout<T>(work: Promise<T>, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportError(name, `reading took longer than ${LIMITS.millis / 1000} s; unres gave up`)), LIMITS.millis);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
