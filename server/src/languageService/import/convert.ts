/**
 * From the styled lines of an official text to `.unres` markup: the masthead into front matter,
 * paragraphs joined across lines and pages, opening phrases in emphasis, footnote markers as `[^n]`
 * with their texts after the body, subparagraphs indented, headings, annexes and articles. Pure:
 * every reader (PDF, Word, text) and the editor's paste share it. Nothing is lost: what finds no
 * place goes into a comment that says why.
 */
import { matchOpening } from '../data/phraseMatch';
import { placeGluedMarkers } from './gluedMarkers';
import { lineText, type Span, type StyledDocument, type StyledLine } from './styled';

export interface ConversionResult {
  /** The `.unres` text. */
  readonly text: string;
  /** Whether the text read as a resolution or draft (an organ line and paragraphs were found). */
  readonly isResolution: boolean;
  /** What the converter could not place (each also in a comment in `text`). */
  readonly unplaced: readonly string[];
}

const ORGAN_LINE = /^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)\s*,?$/;
const DATE = /\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/;
const DATE_ONLY = /^\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;
const MEETING = /^(\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting)$/;
const MEETING_AND_DATE =
  /^(\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting) (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$/;
/** A document symbol in a line: `A/RES/79/16`, `A/C.3/80/L.10` (a digit in it is checked apart). */
const SYMBOL_AT = /(?:^|[\s([])([ASE]\/[A-Z0-9./-]{1,60})/;

function symbolIn(text: string): string | undefined {
  let found = SYMBOL_AT.exec(text)?.[1];
  while (found !== undefined && /[./-]$/.test(found)) found = found.slice(0, -1);
  return found !== undefined && /\d/.test(found) ? found : undefined;
}

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** `Seventy-ninth` → 79, `Eightieth` → 80, `Hundredth` → 100; undefined when not an ordinal word. */
export function ordinalValue(words: string): number | undefined {
  const w = words.trim().toLowerCase();
  for (let n = 1; n <= 120; n++) if (ordinalWord(n) === w) return n;
  return undefined;
}

function ordinalWord(n: number): string {
  if (n === 100) return 'hundredth';
  if (n > 100) return `hundred and ${ordinalWord(n - 100)}`;
  if (n < 10) return UNITS[n];
  if (n < 20) return TEENS[n - 10];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? `${TENS[tens]}ieth` : `${TENS[tens]}y-${UNITS[unit]}`;
}

/** Names of Member States that hold an `and`, so a list of sponsors is not split inside them. */
const NAMES_WITH_AND = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland',
];

/** `Algeria, Brazil and Trinidad and Tobago` → the three names. */
export function splitSponsors(text: string): string[] {
  const parts = text
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (NAMES_WITH_AND.includes(part) || !/ and /.test(part)) {
      out.push(part);
      continue;
    }
    // Split at the ` and ` that leaves known names (or names without `and`) on both sides.
    const at = [...part.matchAll(/ and /g)].map(m => m.index!);
    const split = at.find(i => [part.slice(0, i), part.slice(i + 5)].every(s => NAMES_WITH_AND.includes(s) || !/ and /.test(s)));
    if (split === undefined) out.push(part);
    else out.push(part.slice(0, split), part.slice(split + 5));
  }
  return out;
}

interface FrontMatter {
  symbol?: string;
  session?: number;
  agendaItem?: string;
  title?: string;
  adopted?: string;
  report?: string;
  meeting?: string;
  status: 'draft' | 'adopted';
  sponsors?: string[];
}

/** A paragraph being assembled: its spans with line breaks joined. */
interface Block {
  spans: Span[];
  lines: StyledLine[];
}

export interface ConversionOptions {
  /**
   * A piece of a text pasted into a document (not a whole one): no front matter is written (its
   * facts, if the piece had a masthead, go into a comment) and a missing organ line is no matter.
   */
  readonly fragment?: boolean;
}

/** Converts the styled lines of an official text to markup. */
export function convertToMarkup(source: StyledDocument, options: ConversionOptions = {}): ConversionResult {
  const unplaced: string[] = [];
  let body = source.lines.filter(l => l.area === 'body' && lineText(l).trim() !== '');
  const notes = collectNotes(source.lines.filter(l => l.area === 'footnote' && lineText(l).trim() !== ''));
  // Text has no raised markers: the digits glued to the text that number the notes found become markers.
  let notePlaced: ReadonlySet<number> | undefined;
  if (!source.lines.some(l => l.spans.some(s => s.marker)) && notes.some(n => /^\d+$/.test(n.label))) {
    const from = Math.max(
      0,
      body.findIndex(l => ORGAN_LINE.test(clean(lineText(l)))),
    );
    const labels = notes.map(n => (/^\d+$/.test(n.label) ? n.label : ''));
    const glued = placeGluedMarkers(body.slice(from), labels);
    body = [...body.slice(0, from), ...glued.lines];
    notePlaced = glued.placed;
  }
  const organAt = body.findIndex(l => ORGAN_LINE.test(clean(lineText(l))));
  const front: FrontMatter = { status: 'draft' };
  const mastheadLines = organAt >= 0 ? body.slice(0, organAt) : [];
  readMasthead(mastheadLines, front, unplaced);
  const bodyLines = organAt >= 0 ? body.slice(organAt) : body;

  // The meeting and its date at the end of an adopted text.
  const out: string[] = [];
  const blocks = splitBlocks(bodyLines, source.paragraphsKnown);
  const rendered: string[] = [];
  let inAttachment = false;
  let pendingDate: string | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const text = withMarkers(block.spans);
    const plain = clean(block.spans.map(s => s.text).join(' '));
    const meeting = MEETING.exec(plain);
    if (meeting && !inAttachment) {
      front.meeting = meeting[1];
      continue;
    }
    // Text with no layout runs the meeting and its date into one block: `43rd plenary meeting 2 December 2024`.
    const meetingAndDate = MEETING_AND_DATE.exec(plain);
    if (meetingAndDate && !inAttachment && k >= blocks.length - 3) {
      front.meeting = meetingAndDate[1];
      pendingDate = meetingAndDate[2];
      continue;
    }
    if (front.meeting !== undefined && pendingDate === undefined && DATE_ONLY.test(plain) && !inAttachment) {
      pendingDate = plain;
      continue;
    }
    const allBold = block.spans.every(s => s.bold || s.text.trim() === '' || s.marker);
    if (/^Annex(?:\s+[IVXLC]+)?$/.test(plain) || (allBold && /^Annex\b/.test(plain) && plain.length < 40)) {
      inAttachment = true;
      // `Annex` and the title under it, when that is bold too, make one heading.
      const next = blocks[k + 1];
      const nextText = next ? clean(next.spans.map(s => s.text).join(' ')) : '';
      if (next && next.spans.every(s => s.bold || s.text.trim() === '' || s.marker) && !/^Article \d+$/.test(nextText)) {
        rendered.push(`# ${plain}: ${clean(next.spans.map(s => s.text).join(' '))}`);
        k++;
      } else rendered.push(`# ${plain}`);
      continue;
    }
    if (/^Article \d+$/.test(plain) && (inAttachment || allBold)) {
      rendered.push(`### ${plain}`);
      continue;
    }
    if (allBold && plain.length < 200 && !/^\d+\.\s/.test(plain)) {
      rendered.push(`## ${withMarkers(block.spans)}`);
      continue;
    }
    rendered.push(renderParagraph(text, block, inAttachment));
  }
  if (pendingDate !== undefined && front.adopted !== undefined && isoOf(pendingDate) !== isoOf(front.adopted)) {
    unplaced.push(`The footer dates the meeting ${pendingDate}, but the masthead says adopted on ${front.adopted}.`);
  } else if (pendingDate !== undefined && front.adopted === undefined) {
    front.adopted = pendingDate;
    front.status = 'adopted';
  }

  if (!options.fragment) out.push(...frontMatterLines(front), '');
  else if (mastheadLines.length > 0 || front.meeting !== undefined) unplaced.push(`Masthead: ${frontMatterLines(front).slice(1, -1).join('; ')}`);
  out.push(rendered.join('\n\n'));
  if (notes.length > 0) out.push('', renderNotes(notes, notePlaced).join('\n'));
  for (const d of source.dropped ?? []) unplaced.push(`${d.reason}: ${d.text}`);
  if (organAt < 0 && !options.fragment) unplaced.push('No organ line (“The General Assembly,”) was found: the text is kept as paragraphs.');
  if (unplaced.length > 0) out.push('', ...unplaced.map(u => `<!-- unres import: ${u.replace(/--/g, '- -')} -->`));
  const text = `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd()}\n`;
  return { text, isResolution: organAt >= 0 && blocks.length > 1, unplaced };
}

/** Spaces collapsed, no space before a hyphen that joins (`Secretary -General`). */
function clean(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/(\p{L}) -(?=\p{L})/gu, '$1-')
    .replace(/(\p{L})- (?=\p{Lu})/gu, '$1-')
    .trim();
}

function readMasthead(lines: readonly StyledLine[], front: FrontMatter, unplaced: string[]): void {
  const texts = lines.map(l => clean(lineText(l)));
  const used = new Set<number>();
  const take = (i: number) => used.add(i);
  texts.forEach((t, i) => {
    const symbol = symbolIn(t);
    if (front.symbol === undefined && symbol !== undefined && t.replace(/^United Nations/, '').trim() === symbol) {
      front.symbol = symbol;
      take(i);
      return;
    }
    if (/^United Nations$|^(General Assembly|Security Council)\b.*Distr\.|^Distr\.:|^Original: |^General Assembly$|^Security Council$/.test(t)) {
      take(i);
      // The distribution date under `Distr.:` goes with it.
      if (/Distr\./.test(t) && DATE.test(texts[i + 1] ?? '') && texts[i + 1].length < 20) take(i + 1);
      return;
    }
    const session = /^(\S+) session$/.exec(t);
    if (session && ordinalValue(session[1]) !== undefined) {
      front.session = ordinalValue(session[1]);
      take(i);
      return;
    }
    const agenda = /^Agenda items? (.+)$/.exec(t);
    if (agenda) {
      front.agendaItem = agenda[1];
      take(i);
      return;
    }
    if (/^(First|Second|Third|Fourth|Fifth|Sixth) Committee$/.test(t)) take(i);
  });
  // `Resolution adopted by the General Assembly` `on 2 December 2024`, over one or two lines.
  for (let i = 0; i < texts.length; i++) {
    if (!/^Resolution adopted by the /.test(texts[i])) continue;
    const joined = /on \d/.test(texts[i]) ? texts[i] : `${texts[i]} ${texts[i + 1] ?? ''}`;
    const date = DATE.exec(joined);
    if (date) {
      front.adopted = date[1];
      front.status = 'adopted';
      take(i);
      if (!/on \d/.test(texts[i])) take(i + 1);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    const report = /^\[(?:on the report of the .*|without reference to a Main Committee.*)\]$/.exec(texts[i]);
    if (!report) continue;
    const symbol = symbolIn(texts[i]);
    if (symbol !== undefined) front.report = symbol;
    // The words around the symbol are the UN's fixed form; the symbol is what the key keeps.
    take(i);
  }
  // The title: `79/16. Title` (adopted), or the main column's last lines before the organ line (draft).
  const numbered = texts.findIndex(t => /^\d+\/\d+(?: [A-Z])?\.\s/.test(t));
  if (numbered >= 0) {
    let title = texts[numbered].replace(/^\d+\/\d+(?: [A-Z])?\.\s+/, '');
    take(numbered);
    for (let j = numbered + 1; j < texts.length && !used.has(j) && !isSidebar(lines[j]); j++) {
      title += ` ${texts[j]}`;
      take(j);
    }
    front.title = title;
  }
  // Drafts: `Peru: draft resolution`, `Algeria, Brazil and …: revised draft resolution`, then the title.
  // (`draft` and `resolution` may stand on two lines; a marker `*` may follow the colon.)
  let draftAt = texts.findIndex((t, i) => !isSidebar(lines[i]) && (DRAFT_END.test(t) || (DRAFT_OPEN.test(t) && /^(?:resolution|decision)$/i.test(texts[i + 1] ?? ''))));
  if (draftAt >= 0) {
    let start = draftAt;
    if (!DRAFT_END.test(texts[draftAt])) draftAt++;
    while (start > 0 && !used.has(start - 1) && !isSidebar(lines[start - 1]) && !/[.\]]$/.test(texts[start - 1])) start--;
    const joined = texts.slice(start, draftAt + 1).join(' ');
    const sponsorText = joined.slice(0, joined.lastIndexOf(':'));
    for (let j = start; j <= draftAt; j++) take(j);
    front.sponsors = splitSponsors(sponsorText.replace(/\*/g, ''));
    front.status = 'draft';
    if (front.title === undefined) {
      const rest: string[] = [];
      for (let j = draftAt + 1; j < texts.length; j++) {
        if (used.has(j) || isSidebar(lines[j])) continue;
        rest.push(texts[j]);
        take(j);
      }
      if (rest.length > 0) front.title = rest.join(' ');
    }
  }
  // The sidebar's title (the agenda item's) repeats the resolution's or names the item: kept in a comment.
  const left = texts.filter((t, i) => !used.has(i) && t !== '');
  if (left.length > 0) {
    const agendaTitle = left.join(' ');
    if (front.title === undefined) front.title = agendaTitle;
    else if (agendaTitle !== front.title) unplaced.push(`Agenda item title: ${agendaTitle}`);
  }
}

/** The end of a draft's sponsor line: `Peru: draft resolution`, `Iraq:* revised draft resolution`. */
const DRAFT_END = /:\*{0,3} ?(?:revised )?draft (?:resolution|decision)$/i;
/** The same, broken before its last word. */
const DRAFT_OPEN = /:\*{0,3} ?(?:revised )?draft$/i;

function isSidebar(line: StyledLine): boolean {
  return line.indent < -20;
}

/** Splits the body into paragraphs: a first-line indent, a gap, a number or label, a bold line, a new Word paragraph. */
function splitBlocks(lines: readonly StyledLine[], paragraphsKnown: boolean): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let previous: StyledLine | undefined;
  for (const line of lines) {
    const text = clean(lineText(line));
    const bold = line.spans.every(s => s.bold || s.text.trim() === '' || s.marker);
    const prevBold = previous !== undefined && previous.spans.every(s => s.bold || s.text.trim() === '' || s.marker);
    const prevText = previous ? clean(lineText(previous)) : '';
    const starts =
      current === undefined ||
      line.starts === true ||
      line.gap ||
      line.indent > 8 ||
      /^\d+\.\s/.test(text) ||
      /^\((?:[a-z]{1,3}|[ivxlc]+)\)\s/.test(text) ||
      bold !== prevBold ||
      line.right === true ||
      previous?.right === true ||
      (line.page !== previous?.page && /[.;:,]$/.test(prevText) && line.indent > 4) ||
      (ORGAN_LINE.test(prevText) && !line.starts) ||
      (!paragraphsKnown && startsParagraphInText(text, prevText));
    if (starts) {
      current = { spans: [], lines: [] };
      blocks.push(current);
    }
    current!.lines.push(line);
    if (current!.spans.length > 0) current!.spans.push({ text: '\n' });
    current!.spans.push(...line.spans);
    previous = line;
  }
  return blocks;
}

/** In text with no layout, a line opening with a known phrase after a line with a final mark starts a paragraph. */
function startsParagraphInText(text: string, prevText: string): boolean {
  if (!/[,;:.]$/.test(prevText)) return false;
  const match = matchOpening(text);
  return match !== undefined && match.start === 0;
}

/**
 * The spans' text with footnote markers as `[^n]` and line breaks joined (a hyphen the break left
 * joins: the UN prints no divided words). With `emphasis`, the print's italic runs go into `*…*`:
 * the opening phrase, and within the text a second verb, *inter alia*, a document's title. Spaces
 * and a mark at either end of a run stay outside it, and a run holds a letter or digit.
 */
function withMarkers(spans: readonly Span[], emphasis = false): string {
  let text = '';
  let open = false;
  const close = () => {
    if (!open) return;
    // Scanned back by hand: a regular expression anchored at the end would be polynomial.
    let end = text.length;
    while (end > 0 && /[\s,;:.]/.test(text[end - 1])) end--;
    text = `${text.slice(0, end)}*${text.slice(end)}`;
    open = false;
  };
  for (const s of spans) {
    if (s.text === '\n') {
      if (/\p{L}\s?-\s*$/u.test(text)) text = text.replace(/\s?-\s*$/, '-');
      else text = `${text.trimEnd()} `;
      continue;
    }
    if (s.marker) {
      close();
      text = `${text.trimEnd()}[^${s.text.trim()}]`;
      continue;
    }
    const words = /[\p{L}\p{N}]/u.test(s.text);
    if (emphasis && s.italic && words && !open) {
      // The run starts at its first letter, digit or opening quote or bracket.
      const lead = /^[^\p{L}\p{N}“‘"'(]*/u.exec(s.text)![0];
      text += `${lead}*${s.text.slice(lead.length)}`;
      open = true;
      continue;
    }
    if (open && !s.italic && words) close();
    text += s.text;
  }
  close();
  return clean(text);
}

function renderParagraph(text: string, block: Block, inAttachment: boolean): string {
  if (ORGAN_LINE.test(text)) return text;
  const styled = withMarkers(block.spans, true);
  const numbered = /^(\d+(?: (?:bis|ter|quater))?)\.\s+(.*)$/s.exec(styled);
  const label = /^\(([a-z]{1,3}|[ivxlc]+)\)\s+(.*)$/s.exec(styled);
  const prefix = numbered ? `${numbered[1]}. ` : label ? `(${label[1]}) ` : '';
  let rest = numbered ? numbered[2] : label ? label[2] : styled;
  if (!inAttachment) rest = emphasise(rest);
  if (label) {
    const level = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)$/.test(label[1]) ? 2 : 1;
    return `${' '.repeat(3 * level)}${prefix}${rest}`;
  }
  return `${prefix}${rest}`;
}

/** Puts the opening phrase in emphasis when the print gave none (text copied out of a PDF): a known phrase. */
function emphasise(rest: string): string {
  if (rest.startsWith('*')) return rest;
  const match = matchOpening(rest);
  if (match && match.start === 0 && match.emphasis === 'none') {
    const end = match.start + match.length;
    return `*${rest.slice(0, end)}*${rest.slice(end)}`;
  }
  return rest;
}

interface Note {
  readonly label: string;
  readonly spans: Span[];
}

/** The footnotes, numbered as printed; a note's lines joined as a paragraph's are. */
function collectNotes(lines: readonly StyledLine[]): Note[] {
  const notes: { label: string; spans: Span[] }[] = [];
  for (const line of lines) {
    const first = line.spans.find(s => s.text.trim() !== '');
    let spans: readonly Span[] = line.spans;
    let label: string | undefined;
    if (first?.marker) {
      label = first.text.trim();
      spans = line.spans.slice(line.spans.indexOf(first) + 1);
    } else {
      const m = /^\s*(\d{1,3}|\*+)\s+(?=\S)/.exec(lineText(line));
      // The next number, or the first after a note with none (`* On behalf of …`).
      const lastNumber = [...notes].reverse().find(n => /^\d+$/.test(n.label))?.label;
      if (m && (lastNumber === undefined || Number(m[1]) === Number(lastNumber) + 1)) {
        label = m[1];
        spans = dropChars(line.spans, m[0].length);
      }
    }
    if (label !== undefined) notes.push({ label, spans: [...spans] });
    else if (notes.length > 0) notes[notes.length - 1].spans.push({ text: '\n' }, ...spans);
    else notes.push({ label: '', spans: [...spans] });
  }
  return notes;
}

/**
 * `[^1]: text` for each footnote. When the markers were looked for in text (`placed` given), a note
 * whose marker was not found goes into a comment: the text is left as it was, the note not lost.
 */
function renderNotes(notes: readonly Note[], placed: ReadonlySet<number> | undefined): string[] {
  return notes.map((n, i) => {
    const text = withMarkers(n.spans, true);
    if (n.label === '' || !/^\d+$/.test(n.label)) return `<!-- unres import: a footnote without a number: ${n.label} ${text} -->`;
    if (placed !== undefined && !placed.has(i))
      return `<!-- unres import: footnote ${n.label}, whose marker was not found in the text (a digit glued to a word?): ${text.replace(/--/g, '- -')} -->`;
    return `[^${n.label}]: ${text}`;
  });
}

/** The spans without their first `count` characters. */
function dropChars(spans: readonly Span[], count: number): Span[] {
  const out: Span[] = [];
  let left = count;
  for (const s of spans) {
    if (left >= s.text.length) {
      left -= s.text.length;
      continue;
    }
    out.push(left > 0 ? { ...s, text: s.text.slice(left) } : s);
    left = 0;
  }
  return out;
}

function isoOf(date: string): string {
  return clean(date).toLowerCase();
}

function yamlValue(text: string): string {
  return /^[\w(][^:#'"{}[\]&*!|>%@`]*$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/\s$/.test(text) && !/:\s/.test(text) ? text : JSON.stringify(text);
}

function frontMatterLines(f: FrontMatter): string[] {
  const lines = ['---'];
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') lines.push(`${key}: ${typeof value === 'number' ? value : yamlValue(value)}`);
  };
  add('symbol', f.symbol);
  add('session', f.session);
  add('agenda-item', f.agendaItem);
  add('title', f.title);
  add('adopted', f.adopted);
  add('meeting', f.meeting);
  add('report', f.report);
  add('status', f.status);
  if (f.sponsors && f.sponsors.length > 0) {
    lines.push('sponsors:');
    for (const s of f.sponsors) lines.push(`  - ${yamlValue(s)}`);
  }
  lines.push('---');
  return lines;
}
