/**
 * Akoma Ntoso 3.0 in the AKN4UN profile, from the layout: `<statement name="resolution">` with
 * FRBR identification (`/akn/un/statement/deliberation/un-ga/2019-12-12/74-29`), a preface with the
 * number and title, a preamble with the enacting formula and one container per preambular
 * paragraph, a mainBody with one `<paragraph>` per operative paragraph (subparagraphs as
 * `<list>`/`<point>`), cited resolutions as `<ref>` to their AKN IRIs, footnotes as
 * `<authorialNote>`, conclusions with the meeting and date, and annexes as attachments.
 * eIds follow the AKN naming convention (`para_2__list_1__point_a`). Pure: strings in, string out.
 */
import type { Organ } from '../model';
import { normalizeSymbol } from '../util/symbols';
import { stripForbidden } from './html';
import type { Layout, LayoutAttachment, LayoutBlock, LayoutItem, Run } from './layout';
import { plainText } from './layout';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknOptions {
  /** ISO date used where the document gives none (a draft's work date); defaults to 1970-01-01. */
  readonly today?: string;
  /** The adoption date of a cited symbol (from the catalogs), for the IRIs of `<ref>`. */
  readonly dateOf?: (symbol: string) => string | undefined;
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return stripForbidden(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const ACTORS: Readonly<Record<Organ, string>> = { GA: 'un-ga', SC: 'un-sc', ECOSOC: 'un-ecosoc', HRC: 'un-hrc' };
const SERIES: ReadonlyArray<readonly [RegExp, Organ, string]> = [
  [/^A\/HRC\/RES\//, 'HRC', 'deliberation'],
  [/^A\/RES\//, 'GA', 'deliberation'],
  [/^A\/DEC\//, 'GA', 'decision'],
  [/^S\/RES\//, 'SC', 'deliberation'],
  [/^E\/RES\//, 'ECOSOC', 'deliberation'],
];

/** The IRI number of a symbol: `/` → `-`, space → `_`, parentheses dropped (`2334 (2016)` → `2334_2016`). */
function iriNumber(number: string): string {
  return number
    .trim()
    .replace(/[()]/g, '')
    .replace(/\//g, '-')
    .replace(/\s+/g, '_')
    .replace(/[^A-Za-z0-9._~-]/g, '');
}

/**
 * The AKN Work IRI of a UN symbol: `A/RES/74/29` of 2019-12-12 →
 * `/akn/un/statement/deliberation/un-ga/2019-12-12/74-29`. Without a known date the year the symbol
 * gives (Security Council, ECOSOC) or the session's first year stands as 1 January, as AKN4UN
 * prescribes for a partial date.
 */
export function workIri(symbol: string, date: string | undefined, organ?: Organ): string {
  const canonical = normalizeSymbol(symbol);
  const series = SERIES.find(([re]) => re.test(canonical));
  const actor = ACTORS[series?.[1] ?? organ ?? 'GA'];
  const subtype = series?.[2] ?? 'deliberation';
  const number = series ? canonical.replace(series[0], '') : canonical;
  return `/akn/un/statement/${subtype}/${actor}/${date ?? guessDate(number)}/${iriNumber(number) || 'unnumbered'}`;
}

function guessDate(number: string): string {
  const year = /\((\d{4})\)/.exec(number)?.[1] ?? /^(\d{4})\//.exec(number)?.[1];
  if (year) return `${year}-01-01`;
  const session = /^(\d{1,3})\//.exec(number)?.[1];
  return session ? `${1945 + Number(session)}-01-01` : '1970-01-01';
}

/** A camel-case name from words: `Noting with concern` → `notingWithConcern`. */
function camelName(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('') || 'paragraph';
}

/** The eId number of a label: `5 bis` → `5bis`, `(a)` → `a`. */
function eIdNumber(label: string): string {
  return label.replace(/[^A-Za-z0-9-]/g, '') || 'x';
}

class Writer {
  readonly #out: string[] = [];
  readonly #used = new Set<string>();
  readonly #notes = new Set<string>();

  constructor(
    readonly layout: Layout,
    readonly options: AknOptions,
  ) {}

  push(s: string): void {
    this.#out.push(s);
  }

  text(): string {
    return this.#out.join('\n');
  }

  /** A unique eId: the convention's name, with `-2`, `-3` … when a faulty document repeats a number. */
  eId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#used.has(id); n++) id = `${wanted}-${n}`;
    this.#used.add(id);
    return id;
  }

  /** Inline content of runs: `<i>`, bracketed text, `<ref>`, footnotes (the note itself at its first marker). */
  inline(runs: readonly Run[], scope: string): string {
    return runs
      .map(r => {
        if (r.footnote) {
          const note = this.layout.footnotes.find(f => f.label === r.footnote);
          const id = `fn_${eIdNumber(r.footnote)}`;
          if (!note) return `<sup>${escapeXml(r.footnote)}</sup>`;
          if (this.#notes.has(id)) return `<noteRef href="#${id}" marker="${escapeXml(r.footnote)}"/>`;
          this.#notes.add(id);
          this.#used.add(id);
          return `<authorialNote eId="${id}" marker="${escapeXml(r.footnote)}" placement="bottom"><p>${this.inline(note.runs, id)}</p></authorialNote>`;
        }
        let xml = escapeXml(r.text);
        if (r.cite) {
          const date = r.cite.date ?? this.options.dateOf?.(r.cite.symbol);
          xml = `<ref eId="${this.eId(`${scope}__ref_${this.#refCount(scope)}`)}" href="${escapeXml(workIri(r.cite.symbol, date))}">${xml}</ref>`;
        }
        if (r.italic) xml = `<i>${xml}</i>`;
        if (r.bold) xml = `<b>${xml}</b>`;
        if (r.bracket) xml = `<inline name="negotiationBracket">${xml}</inline>`;
        return xml;
      })
      .join('');
  }

  readonly #refs = new Map<string, number>();
  #refCount(scope: string): number {
    const n = (this.#refs.get(scope) ?? 0) + 1;
    this.#refs.set(scope, n);
    return n;
  }
}

function identification(w: Writer, work: string, date: string, organ: Organ | undefined, number: string, showAs: string, component: string): string {
  const expr = `${work}/eng@`;
  const actor = ACTORS[organ ?? 'GA'];
  return `<identification source="#unres">
<FRBRWork><FRBRthis value="${escapeXml(`${work}/${component}`)}"/><FRBRuri value="${escapeXml(work)}"/><FRBRdate date="${date}" name="${w.layout.draft ? 'submission' : 'adoption'}"/><FRBRauthor href="#${actor}"/><FRBRcountry value="un"/><FRBRsubtype value="${w.layout.draft ? 'resolutionDraft' : 'resolution'}"/><FRBRnumber value="${escapeXml(number)}" showAs="${escapeXml(showAs)}"/><FRBRname value="resolution"/></FRBRWork>
<FRBRExpression><FRBRthis value="${escapeXml(`${expr}/${component}`)}"/><FRBRuri value="${escapeXml(expr)}"/><FRBRdate date="${date}" name="${w.layout.draft ? 'submission' : 'adoption'}"/><FRBRauthor href="#${actor}"/><FRBRlanguage language="eng"/></FRBRExpression>
<FRBRManifestation><FRBRthis value="${escapeXml(`${expr}/${component}.xml`)}"/><FRBRuri value="${escapeXml(`${expr}.xml`)}"/><FRBRdate date="${w.options.today ?? date}" name="markup"/><FRBRauthor href="#unres"/><FRBRformat value="application/akn+xml"/></FRBRManifestation>
</identification>`;
}

function references(layout: Layout): string {
  const actor = ACTORS[layout.organ ?? 'GA'];
  return `<references source="#unres">
<TLCOrganization eId="${actor}" href="/akn/ontology/organization/un/${actor}" showAs="${escapeXml(layout.organName ?? 'United Nations')}"/>
<TLCOrganization eId="unres" href="/akn/ontology/organization/unres" showAs="unres"/>
<TLCEvent eId="plenaryMeeting" href="/akn/ontology/event/un/plenaryMeeting" showAs="plenary meeting"/>
<TLCConcept eId="adoptionDate" href="/akn/ontology/concept/un/adoptionDate" showAs="adoption date"/>
<TLCConcept eId="preamble" href="/akn/ontology/concept/un/preamble" showAs="preamble"/>
</references>`;
}

function itemsXml(w: Writer, items: readonly LayoutItem[], scope: string): string {
  const list = w.eId(`${scope}__list_1`);
  const points = items.map((item, i) => {
    const id = w.eId(`${list}__point_${item.bullet ? i + 1 : eIdNumber(item.label)}`);
    const num = item.bullet ? '' : `<num>${escapeXml(item.label)}</num>`;
    if (item.children.length === 0) return `<point eId="${id}">${num}<content><p>${w.inline(item.runs, id)}</p></content></point>`;
    return `<point eId="${id}">${num}${itemsWithIntro(w, item.runs, item.children, id)}</point>`;
  });
  return `<list eId="${list}">${points.join('')}</list>`;
}

/** A paragraph or point with its own text before a list: the text is the list's intro. */
function itemsWithIntro(w: Writer, runs: readonly Run[], items: readonly LayoutItem[], scope: string): string {
  const list = itemsXml(w, items, scope);
  const intro = plainText(runs).trim() || runs.some(r => r.footnote) ? `<intro eId="${w.eId(`${scope}__list_1__intro`)}"><p>${w.inline(runs, scope)}</p></intro>` : '';
  return intro ? list.replace(/^(<list eId="[^"]*">)/, `$1${intro}`) : list;
}

function paragraphXml(w: Writer, b: Extract<LayoutBlock, { kind: 'operative' }>, scope: string, index: number): string {
  const id = w.eId(`${scope ? `${scope}__` : ''}para_${b.num !== undefined ? eIdNumber(b.num) : index}`);
  const num = b.num !== undefined ? `<num>${escapeXml(b.num)}.</num>` : '';
  const inner = b.items.length ? itemsWithIntro(w, b.runs, b.items, id) : `<content><p>${w.inline(b.runs, id)}</p></content>`;
  return `<paragraph eId="${id}">${num}${inner}</paragraph>`;
}

/** Operative paragraphs and headings: a heading opens a `<section>` holding what follows it. */
function bodyXml(w: Writer, blocks: readonly LayoutBlock[], scope: string): string[] {
  const out: string[] = [];
  let section: { id: string; parts: string[] } | undefined;
  let sections = 0;
  let unnumbered = 0;
  let preambular = 0;
  const close = () => {
    if (section) out.push(`${section.parts.join('')}</section>`);
    section = undefined;
  };
  for (const b of blocks) {
    if (b.kind === 'heading') {
      close();
      const id = w.eId(`${scope ? `${scope}__` : ''}sec_${++sections}`);
      const text = plainText(b.runs);
      const m = /^([IVXLC]{1,8}|[A-Z]|\d{1,4})\.\s/.exec(text);
      const heading = m ? `<num>${escapeXml(m[1])}.</num><heading>${escapeXml(text.slice(m[0].length).trim())}</heading>` : `<heading>${w.inline(b.runs, id)}</heading>`;
      section = { id, parts: [`<section eId="${id}">${heading}`] };
    } else if (b.kind === 'operative') {
      const xml = paragraphXml(w, b, section?.id ?? scope, ++unnumbered);
      (section ? section.parts : out).push(xml);
    } else {
      // A preambular paragraph or organ line among operative ones (a faulty order, or a part of a
      // resolution adopted in parts): preambular text in the body, as AKN4UN marks it (refersTo #preamble).
      const within = section?.id ?? scope;
      const id = w.eId(`${within ? `${within}__` : ''}hcontainer_${++preambular}`);
      const name = b.kind === 'organ' ? 'enactingFormula' : 'preambularParagraph';
      (section ? section.parts : out).push(`<hcontainer eId="${id}" name="${name}" refersTo="#preamble"><content><p>${w.inline(b.runs, id)}</p></content></hcontainer>`);
    }
  }
  close();
  return out;
}

function attachmentXml(w: Writer, a: LayoutAttachment, index: number, work: string, date: string): string {
  const id = w.eId(`att_${index}`);
  const name = `annex_${index}`;
  // eIds are unique across the whole statement (the schema's identity constraint), so an annex's
  // own names (art_1, para_2) carry the attachment's as a prefix: att_1__art_1__para_2.
  const inner = w;
  const body: string[] = [];
  const titles: string[] = [];
  let article: { id: string; parts: string[] } | undefined;
  let paragraphs = 0;
  const close = () => {
    if (article) body.push(`${article.parts.join('')}</article>`);
    article = undefined;
  };
  for (const b of a.blocks) {
    if (b.kind === 'heading') {
      const text = plainText(b.runs);
      const art = /^Article\s+(\S+)$/i.exec(text.trim());
      if (art) {
        close();
        const aid = inner.eId(`${id}__art_${eIdNumber(art[1])}`);
        article = { id: aid, parts: [`<article eId="${aid}"><num>${escapeXml(text.trim())}</num>`] };
        paragraphs = 0;
      } else if (article && article.parts.length === 1) {
        article.parts.push(`<heading>${inner.inline(b.runs, article.id)}</heading>`);
      } else if (!article && body.length === 0) {
        titles.push(`<p><docTitle>${inner.inline(b.runs, `${id}__preface`)}</docTitle></p>`);
      } else {
        close();
        const hid = inner.eId(`${id}__hcontainer_${body.length + 1}`);
        body.push(`<hcontainer eId="${hid}" name="heading"><heading>${inner.inline(b.runs, hid)}</heading></hcontainer>`);
      }
    } else if (b.kind === 'operative') {
      const xml = paragraphXml(inner, b, article?.id ?? id, ++paragraphs);
      (article ? article.parts : body).push(xml);
    } else {
      const pid = inner.eId(`${id}__para_${++paragraphs}`);
      (article ? article.parts : body).push(`<paragraph eId="${pid}"><content><p>${inner.inline(b.runs, pid)}</p></content></paragraph>`);
    }
  }
  close();
  if (body.length === 0) body.push(`<p eId="${inner.eId(`${id}__p_1`)}"/>`);
  return `<attachment eId="${id}">
<doc name="annex">
<meta>
${identification(w, work, date, w.layout.organ, iriNumber(w.layout.number ?? w.layout.symbol ?? ''), w.layout.symbol ?? '', `!${name}`)}
</meta>
<preface><p><docType>${escapeXml(a.heading)}</docType></p>${titles.join('')}</preface>
<mainBody>
${body.join('\n')}
</mainBody>
</doc>
</attachment>`;
}

/** The document as an Akoma Ntoso 3.0 XML file (UTF-8, AKN4UN profile). */
export function layoutAkn(layout: Layout, options: AknOptions = {}): string {
  const w = new Writer(layout, options);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(options.today ?? '') ? options.today! : '1970-01-01';
  const isoAdopted = layout.adoptedIso;
  const workDate = isoAdopted ?? date;
  const number = layout.symbol ? iriNumber(layout.number ?? layout.symbol.replace(/^S\/RES\//, '')) : 'unnumbered';
  const work = layout.symbol ? workIri(layout.symbol, workDate, layout.organ) : `/akn/un/statement/deliberation/${ACTORS[layout.organ ?? 'GA']}/${workDate}/unnumbered`;

  w.push(`<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}">
<statement name="resolution" contains="originalVersion">
<meta>
${identification(w, work, workDate, layout.organ, number, layout.number ?? layout.symbol ?? '', '!main')}
${references(layout)}
</meta>`);

  // Preface: what the UN prints before the organ line.
  const preface: string[] = [];
  if (layout.symbol) preface.push(`<p><docNumber>${escapeXml(layout.symbol)}</docNumber></p>`);
  for (const f of layout.front) preface.push(`<p>${escapeXml(f.text)}</p>`);
  for (const a of layout.adoption) preface.push(`<p>${escapeXml(a)}</p>`);
  if (layout.report) preface.push(`<p>${escapeXml(layout.report)}</p>`);
  if (layout.sponsorLine)
    preface.push(
      `<p>${layout.sponsors.length ? `<docProponent>${escapeXml(layout.sponsors.join(', '))}</docProponent>: ` : ''}<docStage>${layout.sponsors.length ? 'draft resolution' : 'Draft resolution'}</docStage></p>`,
    );
  if (layout.title) preface.push(`<p>${layout.number ? `<docNumber>${escapeXml(layout.number)}</docNumber>. ` : ''}<docTitle>${escapeXml(layout.title)}</docTitle></p>`);
  if (preface.length) w.push(`<preface>\n${preface.join('\n')}\n</preface>`);

  const lettered = layout.parts.length > 1 || layout.parts.some(p => p.letter);
  const main: string[] = [];
  if (!lettered) {
    const blocks = layout.parts[0]?.blocks ?? [];
    const firstOperative = blocks.findIndex(b => b.kind === 'operative');
    const pre = firstOperative < 0 ? blocks : blocks.slice(0, firstOperative);
    const rest = firstOperative < 0 ? [] : blocks.slice(firstOperative);
    const preamble: string[] = [];
    let containers = 0;
    for (const b of pre) {
      if (b.kind === 'organ') preamble.push(`<formula name="enactingFormula"><p>${w.inline(b.runs, 'preamble__formula')}</p></formula>`);
      else {
        const id = w.eId(`preamble__container_${++containers}`);
        const opening = b.runs.find(r => r.italic && r.text.trim());
        const name = b.kind === 'heading' ? 'heading' : camelName(opening?.text ?? plainText(b.runs).split(/\s+/).slice(0, 1).join(' '));
        preamble.push(`<container eId="${id}" name="${escapeXml(name)}"><p>${w.inline(b.runs, id)}</p></container>`);
      }
    }
    if (preamble.length) w.push(`<preamble>\n${preamble.join('\n')}\n</preamble>`);
    main.push(...bodyXml(w, rest, ''));
  } else {
    for (const part of layout.parts) {
      const id = w.eId(`part_${part.letter ? eIdNumber(part.letter) : main.length + 1}`);
      main.push(`<part eId="${id}">${part.letter ? `<num>${escapeXml(part.letter)}</num>` : ''}${bodyXml(w, part.blocks, id).join('')}</part>`);
    }
  }
  if (main.length === 0) main.push(`<p eId="${w.eId('p_1')}"/>`);
  w.push(`<mainBody>\n${main.join('\n')}\n</mainBody>`);

  if (layout.closing) {
    const meeting = layout.closing.meeting ? `<event refersTo="#plenaryMeeting">${escapeXml(layout.closing.meeting)}</event>` : '';
    const when = layout.closing.date ? `<docDate date="${isoAdopted ?? workDate}" refersTo="#adoptionDate">${escapeXml(layout.closing.date)}</docDate>` : '';
    w.push(`<conclusions>\n<container eId="conclusions__container_1" name="conclusion"><p>${[meeting, when].filter(Boolean).join(' ')}</p></container>\n</conclusions>`);
  }
  if (layout.attachments.length) {
    w.push(`<attachments>\n${layout.attachments.map((a, i) => attachmentXml(w, a, i + 1, work, workDate)).join('\n')}\n</attachments>`);
  }
  w.push('</statement>\n</akomaNtoso>\n');
  return w.text();
}
