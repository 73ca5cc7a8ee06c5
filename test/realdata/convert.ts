/**
 * Converts the tagged paragraphs of a real adopted resolution (UN-EOSG-Analytics
 * `un-mandates-housekeeping`, `public/data/paragraphs/<SYMBOL>.json`) into the `.unres` markup.
 *
 * Faithful by design: the words are the data's words. The converter only puts markup where the
 * official layout has it — the front matter, the opening phrase in emphasis, the number of an
 * operative paragraph, the label and indentation of a subparagraph, section headings, annexes,
 * footnote references — and records every place where it had to depart from the data (a tagging
 * error) in {@link Conversion.notes}, or skips the whole file with a reason.
 */
import { matchOpening } from '../../server/src/languageService/data/phraseMatch';

/** One tagged paragraph of the data (only the fields the converter reads). */
export interface EosgParagraph {
  readonly text: string;
  /** `frontmatter`, `title`, `paragraph`, `heading`, `backmatter`, `footer`. */
  readonly type: string;
  readonly paragraph_type: string | null;
  readonly paragraph_level: number | null;
  readonly prefix: string | null;
  readonly heading_level?: number | null;
  readonly action_verb?: string | null;
}

/** The `.unres` text of one resolution, or the reason it was not converted. */
export interface Conversion {
  readonly file: string;
  readonly symbol: string;
  /** Empty when {@link skipped}. */
  readonly text: string;
  /** Body and annex paragraphs written (organ line and headings excluded). */
  readonly paragraphs: number;
  /** Data paragraphs left out or joined, each with its reason. */
  readonly notes: readonly string[];
  /** Why the whole file was not converted. */
  readonly skipped?: string;
  /** Faults of the data in this file, each with the one error it causes ({@link DATA_FAULTS}). */
  readonly dataFaults: readonly DataFault[];
}

/**
 * A fault of the source data — not of the official text, nor of the checker — that makes the
 * checker report one error on the converted text. The converter keeps the data's words (it never
 * invents text), so the error stays; the test counts it apart from true mistakes, and only where
 * the error's code, message and line all match.
 */
export interface DataFault {
  readonly file: string;
  readonly code: string;
  /** Part of the error's message. */
  readonly message: string;
  /** Part of the text of the line the error is on. */
  readonly fragment: string;
  readonly reason: string;
}

/** The data faults found by comparing each reported error with the official text. */
export const DATA_FAULTS: readonly DataFault[] = [
  {
    file: 'A_RES_55_2.json',
    code: 'numbering/article',
    message: 'Expected paragraph 25, found 26.',
    fragment: '26. We will spare no effort to ensure that children',
    reason:
      'The data drops the number "25." of the paragraph "We resolve therefore:" under heading V (between 24. and 26.; its item has no prefix and is tagged preambular), so the numbering appears to skip 25.',
  },
  {
    file: 'A_RES_71_270.json',
    code: 'punctuation/operative',
    message: 'the last operative paragraph',
    fragment: 'of the programme budget for the biennium 2016–201',
    reason: 'The data cuts paragraph 7, the last, off mid-word ("biennium 2016–201"), so its final full stop is missing.',
  },
  {
    file: 'S_RES_2719(2023).json',
    code: 'punctuation/operative',
    message: 'Expected “;” at the end of paragraph 3; found “,”.',
    fragment: 'vi. Following the United Nations Security Council authorization',
    reason: 'Extraction fault: the data ends list item vi., the last line of paragraph 3, with ","; a paragraph other than the last ends with ";".',
  },
];

/**
 * Files whose tagging is too noisy for a faithful conversion, with the reason (checked by reading
 * each file; see docs/real-texts.md).
 */
export const SKIPPED_FILES: Readonly<Record<string, string>> = {
  'A_RES_45_179.json':
    'Official Records volume page: page headers ("VI. Resolutions adopted on the reports of the Third Committee 293"), footnote texts and a broken-off line ("gramme of Action, …") tagged as paragraphs inside the operative part.',
  'A_RES_47_68.json':
    'Official Records volume page: the adopting paragraph ("Adopts the Principles …") tagged preambular, the annexed Principles woven with page headers and footnotes, their paragraphs tagged preambular and operative at random.',
  'A_RES_48_112.json': 'Official Records volume page: operative paragraphs 6-16 of section II and all of section III tagged as footers, section headings split over three items.',
  'S_RES_2231(2015).json':
    'The annexed Joint Comprehensive Plan of Action (1,400 items) is tagged as 860 headings and paragraphs with invented levels; the resolution itself cannot be separated from it faithfully.',
};

/** Whether a file is a modern text: General Assembly session 45 on (special sessions included), Security Council from 1990. */
export function isModernFile(file: string): boolean {
  const ga = /^A_RES_(\d+)_\d+/.exec(file);
  if (ga) return Number(ga[1]) >= 45;
  if (/^A_RES_(ES|S)-\d+_/.test(file)) return true;
  const sc = /^S_RES_\d+\((\d{4})\)\.json$/.exec(file);
  return !!sc && Number(sc[1]) >= 1990;
}

/** The document symbol a file name stands for: `A_RES_57_283_B.json` → `A/RES/57/283 B`, `S_RES_1244(1999).json` → `S/RES/1244 (1999)`. */
export function symbolOfFile(file: string): string | undefined {
  const base = file.replace(/\.json$/, '');
  const ga = /^A_RES_((?:ES-|S-)?\d+)_(\d+)(?:_([A-Z]))?$/.exec(base);
  if (ga) return `A/RES/${ga[1]}/${ga[2]}${ga[3] ? ` ${ga[3]}` : ''}`;
  const sc = /^S_RES_(\d+)\((\d{4})\)$/.exec(base);
  if (sc) return `S/RES/${sc[1]} (${sc[2]})`;
  return undefined;
}

const ORGAN_LINE = /^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council),?$/;

/** A title line of the data: `74/303.\tRevitalization …`, `ES-10/17.\tEstablishment …`, `57/283.\tPattern of conferences B`. */
const TITLE_NUMBER = /^(?:(?:ES-|S-)?\d+\/\d+(?:\s?[A-Z])?|RESOLUTION \d+ \(\d{4}\)|Resolution \d+ \(\d{4}\))\.?\s*/;

/** The meeting and date lines printed after a resolution (`50th (resumed) plenary meeting`, `22 December 2023`). */
const MEETING_LINE = /^\d+(?:st|nd|rd|th)\s(?:\(resumed\)\s)?(?:plenary\s)?meeting$/;
const DATE_LINE = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

const ROMAN_LABELS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** Converts one file's paragraphs; `adopted` is the ISO adoption date when known. */
export function convertEosg(file: string, items: readonly EosgParagraph[], adopted?: string): Conversion {
  const symbol = symbolOfFile(file) ?? file;
  const skip = SKIPPED_FILES[file];
  const dataFaults = DATA_FAULTS.filter(f => f.file === file);
  if (skip) return { file, symbol, text: '', paragraphs: 0, notes: [], skipped: skip, dataFaults };
  return { ...new Converter(file, symbol, adopted).run(items), dataFaults };
}

interface Block {
  text: string;
  /** A paragraph of the body (not a heading, not in an attachment). */
  readonly body: boolean;
  readonly kind: 'organ' | 'paragraph' | 'subparagraph' | 'heading';
}

class Converter {
  private title: string | undefined;
  private readonly blocks: Block[] = [];
  private readonly notes: string[] = [];
  private readonly footnotes: string[] = [];
  private paragraphs = 0;
  private organSeen = false;
  private inAttachment = false;
  private numberedOperatives = 0;
  private pendingHeading: string | undefined;
  private lastWasMeeting = false;
  // Subparagraph labels seen in the current paragraph, to tell (i) the letter from (i) the numeral.
  private lastLetter: string | undefined;
  private lastLetterText = '';
  private lastRoman: string | undefined;

  constructor(
    private readonly file: string,
    private readonly symbol: string,
    private readonly adopted: string | undefined,
  ) {}

  run(items: readonly EosgParagraph[]): Omit<Conversion, 'dataFaults'> {
    const kept = items.filter(p => p.type === 'title' || p.type === 'paragraph' || p.type === 'heading');
    kept.forEach((p, i) => this.item(p, kept[i + 1]));
    this.flushHeading();
    const text = [this.frontMatter(), ...this.blocks.map(b => b.text), ...this.footnoteDefinitions()].join('\n\n') + '\n';
    return { file: this.file, symbol: this.symbol, text, paragraphs: this.paragraphs, notes: this.notes };
  }

  private frontMatter(): string {
    const organ = this.symbol.startsWith('S/') ? 'Security Council' : 'General Assembly';
    const lines = ['---', `symbol: ${this.symbol}`, `organ: ${organ}`];
    const session = /^A\/RES\/(\d+)\//.exec(this.symbol);
    if (session) lines.push(`session: ${session[1]}`);
    if (this.adopted) lines.push(`adopted: ${this.adopted}`);
    if (this.title) lines.push(`title: ${JSON.stringify(this.title)}`);
    lines.push('status: adopted', '---');
    return lines.join('\n');
  }

  private item(p: EosgParagraph, next: EosgParagraph | undefined): void {
    const text = oneLine(p.text);
    if (p.type === 'title') {
      this.title ??= oneLine(text.replace(TITLE_NUMBER, ''));
      return;
    }
    if (p.type === 'heading') return this.heading(p, text, next);
    this.flushHeading();
    if (text === '') return;

    if (!this.organSeen && ORGAN_LINE.test(text)) {
      this.organSeen = true;
      this.blocks.push({ text, body: true, kind: 'organ' });
      return;
    }
    const prefix = (p.prefix ?? '').trim();
    if (/^\d+\.$/.test(prefix)) return this.numbered(prefix, text);
    if (/^\([a-z]+\)$/.test(prefix)) return this.subparagraph(prefix.slice(1, -1), text);
    // `* * *`, the asterism between the last sections, is typography rather than text.
    if (/^[*\s]+$/.test(`${prefix}${text}`)) {
      this.notes.push('left out the asterism "* * *" between sections');
      return;
    }
    if (prefix === '*' && /^Reissued\b/.test(text)) {
      this.notes.push(`left out the document's own footnote, tagged as a paragraph: ${clip(text)}`);
      return;
    }
    if (!this.inAttachment && (MEETING_LINE.test(text) || (DATE_LINE.test(text) && this.lastWasMeeting))) {
      this.lastWasMeeting = MEETING_LINE.test(text);
      this.notes.push(`left out the meeting line after the text, tagged as a paragraph: ${clip(text)}`);
      return;
    }
    // Bullets (`•`, the en dash of S/RES/1701 (2006)) and labels the markup has no form for
    // (`i.` in S/RES/2719 (2023)) are lines of the paragraph they belong to.
    if (prefix !== '') {
      const bullet = /^[•–-]\.?$/.test(prefix);
      if (!bullet) this.notes.push(`kept the label "${prefix}" as text on a line of the paragraph before it: ${clip(text)}`);
      return this.appendLine(`   ${bullet ? prefix.replace('.', '') : prefix} ${this.footnoteRefs(text)}`);
    }
    // A fragment that starts in lower case continues the paragraph before it: the PDF path split it
    // at a page or column break (49/122 operative paragraph 3).
    const last = this.blocks[this.blocks.length - 1];
    if (/^[a-z]/.test(text) && last && (last.kind === 'paragraph' || last.kind === 'subparagraph')) {
      last.text += ` ${this.footnoteRefs(text)}`;
      this.notes.push(`joined a fragment split off the paragraph before it: ${clip(text)}`);
      return;
    }
    // A quotation or list after a paragraph that ends with a colon belongs to that paragraph
    // (A/RES/ES-10/17: `… the Court’s conclusion whereby, inter alia:` and the quoted passage).
    if (last && last.kind === 'paragraph' && last.text.endsWith(':') && !this.inAttachment && !matchOpening(text)) {
      this.notes.push(`kept a passage introduced by a colon on a line of the paragraph before it: ${clip(text)}`);
      return this.appendLine(`   ${this.footnoteRefs(text)}`);
    }
    this.unnumbered(p, text);
  }

  /** Adds a line to the last paragraph block (a bullet, a quoted passage). */
  private appendLine(line: string): void {
    const last = this.blocks[this.blocks.length - 1];
    if (!last || last.kind === 'heading' || last.kind === 'organ') return this.push(line.trimStart(), 'paragraph');
    last.text += `\n${line}`;
    this.paragraphs++;
  }

  private numbered(prefix: string, text: string): void {
    this.resetLabels();
    if (!this.inAttachment) this.numberedOperatives++;
    const body = this.inAttachment ? this.footnoteRefs(text) : this.emphasize(text);
    this.push(`${prefix} ${body}`, 'paragraph');
  }

  private unnumbered(p: EosgParagraph, text: string): void {
    this.resetLabels();
    if (this.inAttachment) return this.push(this.footnoteRefs(text), 'paragraph');
    if (!this.organSeen) {
      // `on 15 October 1999`: the rest of the `Adopted by the Security Council at its … meeting` heading.
      this.notes.push(`left out a line before the organ line (the heading's adoption line): ${clip(text)}`);
      return;
    }
    if (p.paragraph_type === 'operative') this.notes.push(`an operative paragraph without a number: ${clip(text)}`);
    this.push(this.emphasize(text), 'paragraph');
  }

  private subparagraph(label: string, text: string): void {
    const level = this.levelOf(label, text);
    this.push(`${' '.repeat(3 * (level - 1))}(${label}) ${this.footnoteRefs(text)}`, 'subparagraph');
  }

  /** 2 for (a), (b) …; 3 for (i), (ii) … under a letter. */
  private levelOf(label: string, text: string): number {
    const romanIndex = ROMAN_LABELS.indexOf(label);
    const nextLetter = this.lastLetter ? nextLetterLabel(this.lastLetter) : 'a';
    const nextRoman = this.lastRoman ? ROMAN_LABELS[ROMAN_LABELS.indexOf(this.lastRoman) + 1] : 'i';
    const romanHere =
      romanIndex >= 0 && (label === nextRoman && this.lastRoman !== undefined ? true : label === 'i' && (label !== nextLetter || this.lastLetterText.endsWith(':')));
    if (romanHere) {
      this.lastRoman = label;
      return 3;
    }
    this.lastLetter = label;
    this.lastLetterText = text;
    this.lastRoman = undefined;
    return 2;
  }

  private resetLabels(): void {
    this.lastLetter = undefined;
    this.lastLetterText = '';
    this.lastRoman = undefined;
  }

  private heading(p: EosgParagraph, text: string, next: EosgParagraph | undefined): void {
    if (!this.organSeen && TITLE_NUMBER.test(text) && /\//.test(text.split(/\s/)[0] ?? '')) {
      this.title ??= oneLine(text.replace(TITLE_NUMBER, ''));
      return;
    }
    const prefix = (p.prefix ?? '').trim().replace(/\.$/, '');
    const words = [prefix ? `${prefix}.` : '', text].filter(Boolean).join(' ');
    // A roman number alone (`II`) heads a section whose title, if any, is the next heading.
    if (text === '' && next?.type === 'heading' && !(next.prefix ?? '').trim() && !/^[A-Z]\./.test(next.text)) {
      this.flushHeading();
      this.pendingHeading = words;
      return;
    }
    if (this.pendingHeading !== undefined && text !== '' && !prefix) {
      const combined = `${this.pendingHeading} ${text}`;
      this.pendingHeading = undefined;
      return this.pushHeading(combined);
    }
    this.flushHeading();
    if (words === '') return;
    this.pushHeading(words);
  }

  private flushHeading(): void {
    if (this.pendingHeading === undefined) return;
    const h = this.pendingHeading;
    this.pendingHeading = undefined;
    this.pushHeading(h);
  }

  private pushHeading(words: string): void {
    this.resetLabels();
    let level = '##';
    // `Annex …`, or any heading after the resolution's last paragraph, opens an attachment.
    // A lettered or roman section (`A`, `II. Secretariat`) still belongs to the resolution (A/RES/56/206).
    const section = /^(?:[A-Z]|[IVXL]+)(?:\.|\s|$)/.test(words);
    if (/^Annex\b/i.test(words) || (!this.inAttachment && !section && this.bodyEnded())) {
      this.inAttachment = true;
      level = '#';
    }
    // The articles of an annexed declaration or convention (`Article 1.` in the data).
    const article = /^Article (\d+)\.?$/.exec(words);
    if (article && this.inAttachment) return void this.blocks.push({ text: `### Article ${article[1]}`, body: false, kind: 'heading' });
    this.blocks.push({ text: `${level} ${words}`, body: false, kind: 'heading' });
  }

  /**
   * Whether the resolution's own text is over: its last paragraph closed with a full stop, or a
   * lone unnumbered paragraph (`Adopts the following Declaration:`) introduces what follows.
   */
  private bodyEnded(): boolean {
    const last = [...this.blocks].reverse().find(b => b.kind !== 'heading');
    if (!last || last.kind === 'organ') return false;
    const t = last.text.trimEnd().replace(/\[\^\d+\]$/, '');
    if (this.numberedOperatives > 0) return /\.[”"’]?$/.test(t);
    // The adopting paragraph (`Adopts the following Declaration:`) right before the heading.
    return last === this.blocks[this.blocks.length - 1] && last.kind === 'paragraph' && t.endsWith(':') && matchOpening(t)?.kind === 'operative';
  }

  private push(text: string, kind: 'paragraph' | 'subparagraph'): void {
    this.paragraphs++;
    this.blocks.push({ text, body: !this.inAttachment, kind });
  }

  /** The text with its opening phrase in emphasis, as the official layout prints it. */
  private emphasize(raw: string): string {
    return emphasizeOpening(this.footnoteRefs(raw));
  }

  /**
   * Footnote reference marks, which the data glues to the word before them (`Conferences;2`,
   * `Monterrey Consensus2`, `Small Island Developing States; 2/`), written as `[^2]`.
   */
  private footnoteRefs(text: string): string {
    const note = (label: string) => {
      if (!this.footnotes.includes(label)) this.footnotes.push(label);
      return `[^${label}]`;
    };
    // After a lower-case word or a closing mark that itself follows no digit; never inside a symbol's
    // `Add.1`, `Rev.2`, `Corr.1`, and never a decimal.
    let out = text.replace(/([\p{Ll}]{2}|[^\d\s][,;:.”)])(\d{1,3})(?=[\s,;:.)]|$)/gu, (all, before: string, digits: string, offset: number) => {
      const word = /\S*$/.exec(text.slice(0, offset + before.length))?.[0] ?? '';
      if (/(?:Add|Rev|Corr|Amend|Suppl|No|vol|para|sect|chap|art)\.$/i.test(word) || /\//.test(word)) return all;
      return `${before}${note(digits)}`;
    });
    out = out.replace(/([,;:.”)\p{Ll}])\s?(\d{1,3})\/(?=\s|$)/gu, (_all, before: string, digits: string) => `${before}${note(digits)}`);
    return out;
  }

  private footnoteDefinitions(): string[] {
    if (this.footnotes.length === 0) return [];
    return [this.footnotes.map(n => `[^${n}]: Footnote ${n} of the official text (its text is not in the source data).`).join('\n')];
  }
}

function nextLetterLabel(label: string): string {
  if (/^([a-z])\1*$/.test(label) && label.length > 1) return label === 'zz' ? 'aaa' : String.fromCharCode(label.charCodeAt(0) + 1).repeat(label.length);
  if (label === 'z') return 'aa';
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

/** The data's line breaks and runs of blanks are layout, not text. */
function oneLine(text: string): string {
  return text.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, ' ').trim();
}

function clip(text: string): string {
  return text.length > 70 ? `"${text.slice(0, 67)}…"` : `"${text}"`;
}

/** A paragraph's text with its opening phrase in emphasis, as the official layout prints it (`*Takes note* of`). */
export function emphasizeOpening(text: string): string {
  const m = matchOpening(text);
  if (m && m.start === 0) {
    let end = m.start + m.length;
    // `*Takes note* of`, `*Aware* of`: the closing preposition stands in roman type.
    const tail = /\s(of|to|at|about)$/.exec(text.slice(m.start, end));
    if (tail && m.words.includes(' ')) end -= tail[0].length;
    return `*${text.slice(0, end)}*${text.slice(end)}`;
  }
  const first = /^[\p{L}][\p{L}\-’']*/u.exec(text);
  return first ? `*${first[0]}*${text.slice(first[0].length)}` : text;
}
