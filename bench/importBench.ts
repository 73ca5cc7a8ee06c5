/**
 * `import-pdf-page`: `unres import` of the UN's official PDFs, per page (PDF.js text with fonts and
 * positions, fonts loaded for italics, furniture, footnotes, conversion to markup), side by side
 * with the floor: PDF.js's plain `getTextContent()` over the same pages, which is what any
 * PDF.js-based text extractor costs at least. Both in this process, file by file in turn, so the
 * load of the shared machine falls on both alike. Without ../shared/data, a hand-made 20-page PDF.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importBytes } from '../server/src/import';
import { handMadePdf, pageContent, type PdfLine } from '../test/util/pdfFixture';
import type { Measure } from './report';
import { now, summarize } from './stats';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

interface Pdf {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** PDF.js's plain text of every page: the floor. Loaded after one import, which set up its globals. */
async function plainText(pdfjs: PdfJs, bytes: Uint8Array): Promise<{ pages: number; chars: number }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const { items } = await page.getTextContent();
      for (const it of items) if ('str' in it) chars += it.str.length;
      page.cleanup();
    }
    return { pages: doc.numPages, chars };
  } finally {
    await doc.destroy();
  }
}

/** A resolution of `pages` pages of running text (when the official PDFs are not there). */
function handMade(pages: number): Pdf {
  const streams = Array.from({ length: pages }, (_, p) => {
    const lines: PdfLine[] = [];
    if (p === 0) lines.push({ x: 108, y: 740, runs: [{ text: 'The General Assembly', font: 'italic' }, { text: ',' }] });
    for (let i = 0; i < 44; i++) {
      const y = 720 - i * 14;
      const runs =
        i % 4 === 0
          ? [{ text: `${p * 11 + i / 4 + 1}. ` }, { text: 'Requests', font: 'italic' as const }, { text: ' the Secretary-General to report on the implementation of the' }]
          : [{ text: `present resolution to the General Assembly at its next session, ${i % 4 === 3 ? 'and so on;' : 'inter alia on'}` }];
      lines.push({ x: i % 4 === 0 ? 108 : 72, y, runs });
    }
    return pageContent(lines);
  });
  return { name: 'hand-made-20-pages.pdf', bytes: handMadePdf(streams) };
}

export async function measureImport(options: { data: string; quick: boolean; log: (m: string) => void }): Promise<{ measures: Measure[]; facts: string[] }> {
  const dir = path.join(options.data, 'un-pdfs');
  const all: Pdf[] = existsSync(dir)
    ? readdirSync(dir)
        .filter(f => f.endsWith('.pdf'))
        .sort()
        .map(f => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }))
    : [handMade(20)];
  const pdfs = options.quick ? all.slice(0, 5) : all;
  const runs = options.quick ? 1 : 3;
  // Warm-up: the first import loads PDF.js (and its inert canvas stand-ins) and compiles the code.
  await importBytes(pdfs[0].bytes, pdfs[0].name);
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await plainText(pdfjs, pdfs[0].bytes);

  let pages = 0;
  let chars = 0;
  let largest = { name: '', pages: 0, ms: 0 };
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    let oursMs = 0;
    let floorMs = 0;
    pages = 0;
    chars = 0;
    for (const pdf of pdfs) {
      let start = now();
      const text = await plainText(pdfjs, pdf.bytes);
      floorMs += now() - start;
      start = now();
      await importBytes(pdf.bytes, pdf.name);
      const ms = now() - start;
      oursMs += ms;
      pages += text.pages;
      chars += text.chars;
      if (run === 0 && text.pages >= largest.pages) largest = { name: pdf.name, pages: text.pages, ms };
    }
    ours.push(oursMs / pages);
    floor.push(floorMs / pages);
    options.log(`import run ${run + 1}/${runs}: ours ${(oursMs / pages).toFixed(1)} ms/page, PDF.js getTextContent ${(floorMs / pages).toFixed(1)} ms/page over ${pages} pages`);
  }
  const o = summarize(ours);
  const f = summarize(floor);
  return {
    measures: [
      {
        name: 'import-pdf-page',
        unit: 'ms',
        ours: o,
        peer: null,
        floor: f,
        runs,
        note: `per page; floor: PDF.js getTextContent() alone over the same pages; ours/floor ${(o.median / f.median).toFixed(1)}×`,
      },
    ],
    facts: [
      `\`import-pdf-page\`: ${pdfs.length} PDF${pdfs.length === 1 ? '' : 's'} (${existsSync(dir) ? `the official ones of ../shared/data/un-pdfs` : 'hand-made: ../shared/data is not there'}), ${pages} pages, ${chars} characters; each run imports every file in turn with \`importBytes\` (as \`unres import\` and the editor's command) and reads its plain text with PDF.js; the longest, ${largest.name} (${largest.pages} pages), took ${largest.ms.toFixed(0)} ms in the first run`,
    ],
  };
}
