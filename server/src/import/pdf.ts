/**
 * Reads an official PDF with PDF.js (pdfjs-dist, legacy build for Node): text with its font and
 * place on the page. Italics come from the font's name, footnote markers from their size and raised
 * baseline, page furniture (running headers, job numbers, page counters, bar codes) from where it
 * stands; footnotes are what follows the rule `____` at the foot of a page.
 */
import type { Span, StyledDocument, StyledLine } from '../languageService/import/styled';
import { ImportError, LIMITS } from './errors';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let loaded: Promise<PdfJs> | undefined;

/** PDF.js, loaded on first use (it is large); its worker runs in this thread ("fake worker"), from the bundled module. */
function pdfjsModule(): Promise<PdfJs> {
  loaded ??= (async () => {
    // Text extraction draws nothing: the canvas classes PDF.js wants at load time (from the native
    // @napi-rs/canvas, which the extension does not ship) are stood in for by inert ones.
    const g = globalThis as Record<string, unknown>;
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= InertCanvasObject;
    // While it loads, PDF.js writes warnings with console.log, which is the CLI's output and the
    // server's channel; afterwards `verbosity: 0` keeps it quiet.
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning:')) return;
      log(...args);
    };
    try {
      // @ts-expect-error: the worker module has no type declarations.
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      g.pdfjsWorker = worker;
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs';
      return pdfjs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** Stands in for a canvas class PDF.js constructs at load time; never drawn with. */
class InertCanvasObject {
  constructor(..._args: unknown[]) {}
  multiplySelf(): this {
    return this;
  }
  preMultiplySelf(): this {
    return this;
  }
  translateSelf(): this {
    return this;
  }
  scaleSelf(): this {
    return this;
  }
  invertSelf(): this {
    return this;
  }
  translate(): this {
    return this;
  }
  scale(): this {
    return this;
  }
  addPath(): void {}
}

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  italic: boolean;
  bold: boolean;
}

interface RawLine {
  y: number;
  x: number;
  size: number;
  items: (Item & { marker: boolean })[];
}

/** Reads a PDF's bytes into styled lines; throws `ImportError` for what is no readable text PDF. */
export async function readPdf(data: Uint8Array, name: string): Promise<StyledDocument> {
  const pdfjs = await pdfjsModule();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'PasswordException') throw new ImportError(name, 'the PDF is encrypted (it asks for a password); save an unprotected copy first');
    throw new ImportError(name, `not a readable PDF (${e.message ?? String(error)})`);
  }
  try {
    if (doc.numPages > LIMITS.pages) throw new ImportError(name, `${doc.numPages} pages: unres imports documents of up to ${LIMITS.pages} pages`);
    const lines: StyledLine[] = [];
    const furniture: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      // The operator list loads the fonts, whose names say italic and bold.
      await page.getOperatorList();
      const { items } = await page.getTextContent();
      const height = page.getViewport({ scale: 1 }).height;
      const width = page.getViewport({ scale: 1 }).width;
      const read: Item[] = [];
      for (const it of items) {
        if (!('str' in it) || it.str === '') continue;
        let font = '';
        try {
          font = (page.commonObjs.get(it.fontName) as { name?: string } | undefined)?.name ?? '';
        } catch {
          font = '';
        }
        const size = Math.hypot(it.transform[0], it.transform[1]);
        read.push({ str: it.str, x: it.transform[4], y: it.transform[5], size, width: it.width, italic: /Italic|Oblique/i.test(font), bold: /Bold|Black|Heavy/i.test(font) });
        chars += it.str.length;
      }
      page.cleanup();
      lines.push(...pageLines(read, p, height, width, furniture));
    }
    if (chars < 20) throw new ImportError(name, 'the PDF has no text layer (a scan?): unres reads text, not images; run it through OCR first');
    return { lines: normaliseIndent(lines), furniture, paragraphsKnown: true };
  } finally {
    await doc.destroy();
  }
}

/** One page's items into lines, furniture dropped, footnotes marked. */
function pageLines(items: readonly Item[], page: number, height: number, width: number, furniture: string[]): StyledLine[] {
  const raw: RawLine[] = [];
  let line: RawLine | undefined;
  for (const it of items) {
    if (line !== undefined) {
      const dy = it.y - line.y;
      const small = it.size < line.size * 0.8;
      // A raised, smaller item is a footnote marker on the same line.
      if (small && dy > 0.5 && dy < line.size * 0.7 && it.x >= line.x - 1) {
        line.items.push({ ...it, marker: /^\s*[\d*]+\s*$/.test(it.str) });
        continue;
      }
      // A line begun by a marker takes the baseline of its text (a footnote's number stands raised).
      if (line.items.every(i => i.size < it.size * 0.8 || i.str.trim() === '') && it.size > line.size * 1.2 && dy < 0 && dy > -it.size) {
        line.y = it.y;
        line.size = it.size;
        line.items.push({ ...it, marker: false });
        continue;
      }
      if (Math.abs(dy) <= Math.max(2.5, line.size * 0.3)) {
        line.items.push({ ...it, marker: false });
        if (it.size > line.size && it.str.trim() !== '') line.size = it.size;
        continue;
      }
    }
    const first = { ...it, marker: false };
    line = { y: it.y, x: it.x, size: it.size, items: [first] };
    raw.push(line);
  }
  // A line that opens with a small number is a footnote's label (in the footnote area).
  for (const l of raw) {
    const a = l.items[0];
    const b = l.items.find(i => i !== a && i.str.trim() !== '');
    if (a && b && a.size < b.size * 0.8 && /^\s*[\d*]+\s*$/.test(a.str)) a.marker = true;
  }
  const out: StyledLine[] = [];
  let inFootnotes = false;
  let previousY: number | undefined;
  let spacing = 12;
  for (const l of raw) {
    const text = l.items.map(i => i.str).join('');
    const top = l.y > height - 72;
    const bottom = l.y < 52;
    if ((page > 1 && top) || bottom || /^Please recycle/.test(text.trim())) {
      furniture.push(text.trim());
      continue;
    }
    if (/^\s*_{5,}\s*$/.test(text)) {
      inFootnotes = true;
      continue;
    }
    const spans: Span[] = [];
    for (const i of l.items) {
      const last = spans[spans.length - 1];
      const span: Span = { text: i.str, ...(i.italic ? { italic: true } : {}), ...(i.bold ? { bold: true } : {}), ...(i.marker ? { marker: true } : {}) };
      if (last && !last.marker && !span.marker && !!last.italic === !!span.italic && !!last.bold === !!span.bold) spans[spans.length - 1] = { ...last, text: last.text + i.str };
      else spans.push(span);
    }
    const dy = previousY !== undefined ? previousY - l.y : 0;
    if (dy > 0 && dy < 20 && out.length > 0) spacing = Math.min(spacing, dy);
    const gap = previousY !== undefined && dy > spacing * 1.35;
    previousY = l.y;
    const rightEdge = Math.max(...l.items.map(i => i.x + i.width));
    out.push({
      spans,
      page,
      indent: l.x,
      gap,
      area: inFootnotes ? 'footnote' : 'body',
      ...(l.x > width * 0.55 && rightEdge > width * 0.6 ? { right: true } : {}),
    });
  }
  return out;
}

/** Indents from the left edge of the running text: the most frequent start of a line. */
function normaliseIndent(lines: readonly StyledLine[]): StyledLine[] {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.area === 'body') counts.set(Math.round(l.indent), (counts.get(Math.round(l.indent)) ?? 0) + 1);
  let edge = 0;
  let best = -1;
  for (const [x, n] of counts) if (n > best) [edge, best] = [x, n];
  return lines.map(l => ({ ...l, indent: Math.round(l.indent) - edge }));
}
