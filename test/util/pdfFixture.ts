/**
 * Small PDFs made by hand (PDF 1.4, the standard Times fonts, no embedded data), so the PDF reader is
 * tested without a binary fixture: pages of text with upright, italic and bold runs at given places,
 * laid out like an official resolution (masthead, indented paragraphs, the meeting at the foot).
 */

/** A run of text in one font. */
export interface PdfRun {
  readonly text: string;
  readonly font?: 'roman' | 'italic' | 'bold';
}

/** One line of a page: its runs, where its baseline starts (points from the bottom left) and its size. */
export interface PdfLine {
  readonly runs: readonly PdfRun[];
  readonly x: number;
  readonly y: number;
  readonly size?: number;
}

const FONTS = { roman: 'F1', italic: 'F2', bold: 'F3' } as const;

/** `(text)` as a PDF string: backslashes and parentheses escaped; the text must be Latin-1. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, c => `\\${c}`)})`;
}

/** A page's content stream: each line a text object, each run shown in its font in turn. */
export function pageContent(lines: readonly PdfLine[]): string {
  return lines
    .map(line => {
      const size = line.size ?? 10;
      const runs = line.runs.map(r => `/${FONTS[r.font ?? 'roman']} ${size} Tf ${pdfString(r.text)} Tj`).join(' ');
      return `BT ${line.x} ${line.y} Td ${runs} ET`;
    })
    .join('\n');
}

/** A PDF of US-letter pages, one content stream each (a page with no content has no text layer). */
export function handMadePdf(pages: number | readonly string[], content = ''): Buffer {
  const streams = typeof pages === 'number' ? Array.from({ length: pages }, () => content) : pages;
  const objects: string[] = [];
  const kids = streams.map((_, k) => `${6 + 2 * k} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${streams.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>');
  for (const [k, stream] of streams.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents ${7 + 2 * k} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const LEFT = 72;
const INDENT = 108;

/**
 * A one-page adopted resolution laid out as the UN prints one (invented text, hand-made here): the
 * masthead, the organ line, an indented preambular paragraph opening in italics, two operative
 * paragraphs with italic verbs (one with *inter alia* in italics inside it), the meeting at the foot.
 */
export function resolutionPdf(): Buffer {
  let y = 740;
  const lines: PdfLine[] = [];
  const line = (x: number, runs: PdfRun[], step = 14) => {
    lines.push({ x, y, runs });
    y -= step;
  };
  line(LEFT, [{ text: 'United Nations' }]);
  line(LEFT, [{ text: 'A/RES/79/990' }], 28);
  line(LEFT, [{ text: 'Seventy-ninth session' }]);
  line(LEFT, [{ text: 'Agenda item 99' }], 28);
  line(LEFT, [{ text: 'Resolution adopted by the General Assembly on 2 December 2024' }]);
  line(LEFT, [{ text: '[on the report of the First Committee (A/79/400)]' }], 28);
  line(LEFT, [{ text: '79/990. Hand-made documents', font: 'bold' }], 28);
  line(INDENT, [{ text: 'The General Assembly', font: 'italic' }, { text: ',' }], 24);
  line(INDENT, [{ text: 'Recalling', font: 'italic' }, { text: ' its resolution 78/17 of 4 December 2023 on the establishment of a' }]);
  line(LEFT, [{ text: 'nuclear-weapon-free zone in the region of the Middle East,' }], 24);
  line(INDENT, [{ text: '1. ' }, { text: 'Decides', font: 'italic' }, { text: ' to include in the provisional agenda of its eightieth session the' }]);
  line(LEFT, [{ text: 'item entitled "Hand-made documents";' }], 24);
  line(INDENT, [
    { text: '2. ' },
    { text: 'Requests', font: 'italic' },
    { text: ' the Secretary-General to report to it, ' },
    { text: 'inter alia', font: 'italic' },
    { text: ', on the' },
  ]);
  line(LEFT, [{ text: 'implementation of the present resolution.' }], 40);
  line(430, [{ text: '50th plenary meeting' }]);
  line(430, [{ text: '2 December 2024' }]);
  return handMadePdf([pageContent(lines)]);
}
