// Builds the catalog bundled with unres from the real data in ../shared/data (SOURCES.md there says
// what each file is and where it came from) and writes it, generated, to
// server/src/languageService/catalog/bundledData.ts. Usage: npm run build:catalog [-- --check]
// (`--check` rebuilds in memory and fails when the committed file differs).
//
// Inputs, in order of trust for a date: the official texts of sessions 78–80 (mandate pipeline),
// the official texts indexed from the EOSG paragraph files, the dates later resolutions cite
// (citation-mined), the unvotes roll calls from session 58 on; for Security Council resolutions the
// CR-UNSC texts, the EOSG files and the citations; for GA decisions iGov's records (sessions 71–80)
// and the citations. Titles only where they are titles: the upper-case roll-call labels of the
// unvotes data ("INTERFERENCE, INTERNAL AFFAIRS") are subjects and are dropped. A short curated list
// (scripts/catalog/curated.json, the catalog unres shipped before) adds titles and Security Council
// agenda items the data lacks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(process.env.UNRES_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data'));
const OUT = join(ROOT, 'server', 'src', 'languageService', 'catalog', 'bundledData.ts');
const check = process.argv.includes('--check');

if (!existsSync(join(DATA, '_derived'))) {
  console.error(`build-catalog: no data at ${DATA} (set UNRES_SHARED_DATA to the shared/data folder)`);
  process.exit(2);
}

/** Source tags: one letter per source, said in a drafter's words (the hover shows them). */
const SOURCES = {
  t: 'the official text of the resolution',
  e: 'the official text as published by the UN',
  c: 'dates as cited in later resolutions',
  v: 'the General Assembly voting record',
  s: 'the official text of the Council resolution',
  d: 'the General Assembly decisions record (iGov)',
  k: 'the UN record as checked by the unres maintainers',
};

const log = [];
const note = message => log.push(message);
const counts = new Map();
const count = reason => counts.set(reason, (counts.get(reason) ?? 0) + 1);

// ---------------------------------------------------------------------------------------------
// Symbols, titles, dates

const ROMAN = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
const toRoman = n =>
  ROMAN.reduce((out, [v, r]) => {
    while (n >= v) {
      out += r;
      n -= v;
    }
    return out;
  }, '');
const romanValue = s => {
  for (let n = 1; n < 100; n++) if (toRoman(n) === s) return n;
  return undefined;
};

/** The canonical symbol (server/src/languageService/util/symbols.ts; a test checks the two agree). */
function canonical(raw) {
  let s = raw.trim().replace(/\s+/g, ' ').toUpperCase();
  s = s.replace(/(\S)\(((?:E?S-)?[IVXLC]+|\d{4})\)$/, '$1 ($2)');
  s = s.replace(/(\/\d+)([A-Z])$/, '$1 $2').replace(/^(A\/RES\/\d+)([A-Z]) \(/, '$1 $2 (');
  return s.replace(/ ?\/ ?/g, '/');
}

/**
 * The symbols a merged-catalogue symbol stands for: parts written `A-B` expanded; the unvotes
 * numbering of sessions 1–30 (`A/RES/26/2825 A`) read as the roman form (`A/RES/2825 A (XXVI)`)
 * where it is a resolution number, dropped where it is a record number (SOURCES.md).
 */
function gaSymbols(raw) {
  let s = canonical(raw);
  const early = /^A\/RES\/(\d+)\/(\d+)( [A-Z])?$/.exec(s);
  if (early && Number(early[1]) <= 30) {
    const session = Number(early[1]);
    // Sessions 1–17 of unvotes count records; from session 18 resolutions were numbered from 1875 up.
    if (session <= 17 || Number(early[2]) < 1800) return (count('GA: unvotes record numbers of sessions 1–30 dropped (not resolution numbers)'), []);
    s = `A/RES/${early[2]}${early[3] ?? ''} (${toRoman(session)})`;
  }
  const parts = /^(.*\/\d+|A\/RES\/\d+) ([A-Z])-([A-Z])( \([IVXLC]+\))?$/.exec(s);
  if (!parts) return [s];
  const out = [];
  for (let c = parts[2].charCodeAt(0); c <= parts[3].charCodeAt(0); c++) out.push(`${parts[1]} ${String.fromCharCode(c)}${parts[4] ?? ''}`);
  return out;
}

/** The GA regular session of a symbol, or undefined (special sessions, other organs). */
function sessionOf(symbol) {
  const modern = /^A\/(?:RES|DEC)\/(\d+)\//.exec(symbol);
  if (modern) return Number(modern[1]);
  const old = /^A\/RES\/\d+(?: [A-Z])? \(([IVXLC]+)\)$/.exec(symbol);
  return old ? romanValue(old[1]) : undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIso(value) {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) && Number(m[1]) >= 1945;
}

/**
 * The years of the General Assembly's special (S-n) and emergency special (ES-n) sessions: a
 * citation-mined date outside them belongs to another organ's special session (the Human Rights
 * Council's S-8/1 of 2008 is no GA resolution of the eighth special session, held in 1978).
 */
const SPECIAL_YEARS = {
  S: [
    1947, 1948, 1961, 1963, 1967, 1974, 1975, 1978, 1978, 1978, 1980, 1982, 1986, 1986, 1988, 1989, 1990, 1990, 1997, 1998, 1999, 1999, 2000, 2000, 2001, 2001, 2002, 2005, 2014,
    2016, 2020, 2021,
  ],
  ES: [1956, 1956, 1958, 1960, 1967, 1980, 1980, 1981, 1982, 1997, 2022],
};
function outsideSpecialSession(symbol, date) {
  const m = /^A\/RES\/(?:(E?S)-(\d+)\/\d+|\d+(?: [A-Z])? \((E?S)-([IVXLC]+)\))$/.exec(symbol);
  if (!m) return false;
  const kind = m[1] ?? m[3];
  const n = m[2] !== undefined ? Number(m[2]) : romanValue(m[4]);
  const opened = SPECIAL_YEARS[kind][n - 1];
  const year = Number(date.slice(0, 4));
  // Emergency special sessions 7, 10 and 11 were resumed for years; the others lasted days or weeks.
  const closed = kind === 'ES' && (n === 10 || n === 11) ? 9999 : kind === 'ES' && n === 7 ? 1982 : opened;
  return opened === undefined || year < opened || year > closed;
}

function unknownSpecialSession(symbol) {
  const m = /^A\/RES\/(E?S)-(\d+)\//.exec(symbol);
  return m !== null && SPECIAL_YEARS[m[1]][Number(m[2]) - 1] === undefined;
}

function outsideSession(symbol, date) {
  const session = sessionOf(symbol);
  if (session === undefined) return false;
  const year = Number(date.slice(0, 4));
  return year !== 1945 + session && year !== 1946 + session;
}

/** `78/1. Title` → `Title`; `1145 (XII). Title` → `Title`; ` : resolution / adopted by …` cut. */
function cleanTitle(raw) {
  let t = (raw ?? '').replace(/\s+/g, ' ').trim();
  t = t.replace(/^(?:\d+\/\d+(?: [A-Z])?|\d+ ?(?:[A-Z] )?\((?:E?S-)?[IVXLC]+\)|(?:E?S-\d+)\/\d+)\. /, '');
  // A page header the text extraction kept: `Seventy-ninth session Cooperation between …`.
  t = t.replace(/^(?:[A-Z][a-z]+-)?[a-z]*[A-Z]?[a-z]+(?:th|st|nd|rd) session (?=[A-Z])/, '');
  const tail = t.search(/ ?: ?resolution ?\/ ?adopted by\b/i);
  if (tail >= 0) t = t.slice(0, tail);
  t = t.replace(/\s*[:/;,]$/, '').trim();
  return t || undefined;
}

const isUpperCaseLabel = t => /[A-Z]/.test(t) && t === t.toUpperCase();

/** `Agenda item 22 (a)` → `22 (a)`; committee notes are no agenda item. */
function agendaOf(raw) {
  const t = (raw ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^agenda items? /i, '')
    .trim();
  if (!t || t.startsWith('[') || /^without reference/i.test(t) || t.length > 40) return undefined;
  return t;
}

const dateTag = source =>
  /^wannli/.test(source) ? 't' : /^EOSG/.test(source) ? 'e' : /^citation-mined/.test(source) ? 'c' : /^unvotes/.test(source) ? 'v' : /^CR-UNSC/.test(source) ? 's' : undefined;

const readCsv = name => parseCsv(readFileSync(join(DATA, '_derived', name), 'utf8'), { columns: true, bom: true, skip_empty_lines: true, relax_quotes: true });

// ---------------------------------------------------------------------------------------------
// The entries

/** symbol → { symbol, date, dateTag, titleTag, title, agenda, doubtful } */
const entries = new Map();
function put(entry) {
  const earlier = entries.get(entry.symbol);
  if (!earlier) return void entries.set(entry.symbol, entry);
  // The first source to give a fact keeps it; later ones fill gaps.
  if (!earlier.date && entry.date) Object.assign(earlier, { date: entry.date, dateTag: entry.dateTag, doubtful: entry.doubtful });
  if (!earlier.title && entry.title) Object.assign(earlier, { title: entry.title, titleTag: entry.titleTag });
  if (!earlier.agenda && entry.agenda) earlier.agenda = entry.agenda;
}

// Citation-mined dates: the rival dates tell which dates are doubtful.
const mined = new Map();
for (const row of readCsv('citation_mined_symbol_dates.csv')) {
  const series = row.body === 'S' ? 'S/RES/' : row.kind === 'decision' ? 'A/DEC/' : 'A/RES/';
  mined.set(canonical(series + row.symbol), row);
}
const minedRivals = symbol => Number(mined.get(symbol)?.n_distinct_dates ?? 1) > 1;

// General Assembly resolutions: the merged catalogue (texts > EOSG > citations > unvotes from session 58).
for (const row of readCsv('GA_resolution_catalog_merged.csv')) {
  for (const symbol of gaSymbols(row.symbol)) {
    const session = sessionOf(symbol);
    let date = isIso(row.adoption_date) ? row.adoption_date : undefined;
    let tag = date ? dateTag(row.date_source) : undefined;
    let doubtful = false;
    if (date && row.other_dates) {
      // `1989-11-20(citation-mined (n=13))`: a rival date and its source.
      const rival = /^(\d{4}-\d{2}-\d{2})\((.*)\)$/.exec(row.other_dates.split(';')[0].trim());
      if (rival && outsideSession(symbol, date) && !outsideSession(symbol, rival[1])) {
        // The text's date is impossible for its session (44/25 reads 1959 for 1989): the rival is right.
        count('GA: dates impossible for their session replaced by the rival date from another source');
        [date, tag] = [rival[1], dateTag(rival[2])];
      } else if (tag !== 't') {
        doubtful = true;
        count('GA: dates marked doubtful (another source gives another date)');
      }
    }
    if (date && tag === 'c' && minedRivals(symbol)) doubtful = true;
    if (date && outsideSpecialSession(symbol, date)) {
      count("GA: special-session dates dropped (of another organ's special session, or an impossible symbol)");
      date = tag = undefined;
      doubtful = false;
      // A special session the General Assembly never held (`S-34`) is another organ's symbol.
      if (!/^A\/RES\/(E?S)-/.test(symbol) || unknownSpecialSession(symbol)) continue;
    }
    if (date && outsideSession(symbol, date)) {
      doubtful = true;
      count('GA: dates marked doubtful (outside the years of the session)');
    }
    let title = cleanTitle(row.title);
    let titleTag = title ? (/^wannli/.test(row.title_source) ? 't' : /^EOSG/.test(row.title_source) ? 'e' : /^unvotes/.test(row.title_source) ? 'v' : undefined) : undefined;
    if (title && (isUpperCaseLabel(title) || (titleTag === 'v' && (session === undefined || session < 60)))) {
      count('GA: upper-case roll-call subject labels dropped (not titles)');
      title = titleTag = undefined;
    }
    if (unknownSpecialSession(symbol)) {
      count('GA: symbols of special sessions the General Assembly never held dropped');
      continue;
    }
    put({ symbol, date, dateTag: tag, doubtful, title, titleTag, agenda: agendaOf(row.agenda) });
  }
}

// Sessions 78–80 from the index of their official texts: agenda items, and the proof that a session is complete.
const pipeline = readCsv('mandate_pipeline_A_RES_78-80_index.csv');
const sessions = new Map();
for (const row of pipeline) {
  const symbol = canonical(row.symbol);
  const m = /^A\/RES\/(\d+)\/(\d+)$/.exec(symbol);
  if (!m) continue;
  const s = sessions.get(Number(m[1])) ?? { numbers: new Set(), last: '' };
  s.numbers.add(Number(m[2]));
  if (row.adoption_date > s.last) s.last = row.adoption_date;
  sessions.set(Number(m[1]), s);
  put({ symbol, date: isIso(row.adoption_date) ? row.adoption_date : undefined, dateTag: 't', title: cleanTitle(row.title), titleTag: 't', agenda: agendaOf(row.agenda) });
}

// GA decisions: iGov (sessions 71–80), then the citations.
const igov = join(DATA, 'wannli__mandate-pipeline', 'igov_decisions');
let igovCount = 0;
for (const dir of readdirSync(igov).sort()) {
  for (const file of readdirSync(join(igov, dir)).sort()) {
    const record = JSON.parse(readFileSync(join(igov, dir, file), 'utf8'));
    const m = /^(\d+)\/(\d+)\.?\s*(.*)$/.exec(String(record.ED_DecisionNumber ?? '').trim());
    if (!m) {
      count('GA decisions: iGov records without a decision number skipped');
      continue;
    }
    igovCount++;
    const base = `A/DEC/${m[1]}/${m[2]}`;
    const meeting = (record.ED_Meeting ?? [])
      .map(x => String(x.ED_Date ?? '').slice(0, 10))
      .filter(isIso)
      .sort()[0];
    const title = cleanTitle(record.ED_Title);
    put({ symbol: base, date: meeting, dateTag: meeting ? 'd' : undefined, title, titleTag: title ? 'd' : undefined, agenda: agendaOf(record.ED_AgendaItem) });
    // `75/511 A and B`, `73/408 A-C`: the parts exist too; which meeting adopted which is not recorded.
    const letters = m[3].replace(/-([A-Z])/g, (_x, last) => ` to ${last}`).match(/\b[A-Z]\b/g) ?? [];
    const range = /\b([A-Z]) to ([A-Z])\b/.exec(m[3].replace(/-/g, ' to '));
    const parts = range ? [...Array(range[2].charCodeAt(0) - range[1].charCodeAt(0) + 1)].map((_x, i) => String.fromCharCode(range[1].charCodeAt(0) + i)) : letters;
    for (const part of parts) put({ symbol: `${base} ${part}`, title, titleTag: title ? 'd' : undefined });
  }
}
for (const [symbol, row] of mined) {
  if (!symbol.startsWith('A/DEC/') || !isIso(row.date)) continue;
  put({ symbol, date: row.date, dateTag: 'c', doubtful: Number(row.n_distinct_dates) > 1 });
}

// Security Council: the merged catalogue, minus numbers whose year breaks the order of numbers.
const sc = [];
for (const row of readCsv('SC_resolution_catalog_merged.csv')) {
  const symbol = canonical(row.symbol);
  const m = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(symbol);
  if (!m) {
    count('SC: rows with an unreadable symbol skipped');
    continue;
  }
  const date = isIso(row.date) && row.date.startsWith(m[2]) ? row.date : undefined;
  sc.push({
    number: Number(m[1]),
    year: Number(m[2]),
    entry: { symbol, date, dateTag: date ? dateTag(row.date_source) : undefined, doubtful: date !== undefined && minedRivals(symbol) && /^citation/.test(row.date_source) },
  });
}
sc.sort((a, b) => a.number - b.number);
for (const k of keptInYearOrder(sc)) put(sc[k].entry);

/**
 * The Council numbers its resolutions in order of adoption, so years never go down as numbers go
 * up. The longest run of entries that keeps that order is kept; the rest are citations the mining
 * misread (`S/RES/11 (1956)` is of 1946), reported and dropped.
 */
function keptInYearOrder(list) {
  // Longest non-decreasing subsequence by year, O(n log n).
  const tails = [];
  const previous = new Array(list.length).fill(-1);
  for (let i = 0; i < list.length; i++) {
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[tails[mid]].year <= list[i].year) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Set();
  for (let i = tails[tails.length - 1]; i >= 0; i = previous[i]) kept.add(i);
  list.forEach((x, i) => {
    if (!kept.has(i)) note(`SC: dropped ${x.entry.symbol} (${x.entry.date ?? 'no date'}): its year breaks the order of numbers`);
  });
  return [...kept].sort((a, b) => a - b);
}

// The curated list: titles and agenda items the data lacks; its dates must agree with the data.
for (const row of JSON.parse(readFileSync(join(ROOT, 'scripts', 'catalog', 'curated.json'), 'utf8'))) {
  const symbol = canonical(row.symbol);
  const known = entries.get(symbol);
  if (known?.date && known.date !== row.date) {
    console.error(`build-catalog: the curated date of ${symbol} (${row.date}) disagrees with the data (${known.date}); fix scripts/catalog/curated.json`);
    process.exit(1);
  }
  put({ symbol, date: row.date, dateTag: 'k', title: row.title, titleTag: row.title ? 'k' : undefined, agenda: row.agendaItem });
}

// ---------------------------------------------------------------------------------------------
// Complete sessions

/**
 * A session the data holds completely: its official texts reach the session's last weeks (August or
 * September of its second year, when the next session opens), so no higher number follows. The
 * last number is the highest the data knows.
 */
const complete = {};
for (const [session, s] of [...sessions].sort((a, b) => a[0] - b[0])) {
  const last = Math.max(...s.numbers);
  if (s.last >= `${1946 + session}-08-01`) complete[session] = last;
  else note(`GA: session ${session} not proven complete (texts until ${s.last}; it closes in September ${1946 + session}): no citation/nonexistent for it`);
}

// ---------------------------------------------------------------------------------------------
// Output

const ORDER = symbol => {
  const kind = symbol.startsWith('A/RES/') ? 0 : symbol.startsWith('A/DEC/') ? 1 : 2;
  const numbers = (symbol.match(/\d+/g) ?? []).map(Number);
  const session = sessionOf(symbol) ?? (/\/E?S-(\d+)/.test(symbol) ? 1000 + Number(/\/E?S-(\d+)/.exec(symbol)[1]) + (symbol.includes('/ES-') ? 100 : 0) : 0);
  const number = kind === 2 ? numbers[0] : symbol.includes('(') ? numbers[0] : numbers[numbers.length - 1];
  return [kind, kind === 2 ? 0 : session, number, symbol];
};
const compare = (a, b) => {
  const [x, y] = [ORDER(a), ORDER(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0;
};

const clean = s => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const lines = [...entries.values()]
  .sort((a, b) => compare(a.symbol, b.symbol))
  .map(e => {
    const tags = `${e.date ? (e.dateTag ?? '-') : '-'}${e.title ? (e.titleTag ?? '-') : ''}${e.date && e.doubtful ? '?' : ''}`;
    return [e.symbol, e.date ?? '', tags, clean(e.title), clean(e.agenda)].join('\t').replace(/\t+$/, '');
  });

const stats = {
  gaResolutions: [...entries.keys()].filter(s => s.startsWith('A/RES/')).length,
  gaResolutionsDated: [...entries.values()].filter(e => e.symbol.startsWith('A/RES/') && e.date).length,
  gaDecisions: [...entries.keys()].filter(s => s.startsWith('A/DEC/')).length,
  gaDecisionsIgov: igovCount,
  scResolutions: [...entries.keys()].filter(s => s.startsWith('S/RES/')).length,
  scDated: [...entries.values()].filter(e => e.symbol.startsWith('S/RES/') && e.date).length,
  titles: [...entries.values()].filter(e => e.title).length,
};

const escape = s => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const text = `// Generated by scripts/build-catalog.mjs from ../shared/data: do not edit. Rebuild with \`npm run build:catalog\`.
// ${stats.gaResolutions} GA resolutions (${stats.gaResolutionsDated} dated), ${stats.gaDecisions} GA decisions (${stats.gaDecisionsIgov} iGov records), ${stats.scResolutions} SC resolutions (${stats.scDated} dated), ${stats.titles} titles.
// One entry a line: symbol, ISO date (empty when unknown), source tags (date source, then title
// source; \`-\` for none; \`?\` when the date is doubtful), title, agenda item; tab-separated.
// Sources and licences: docs/catalog.md.

/** What each source tag stands for, in a drafter's words. */
export const BUNDLED_SOURCES: Readonly<Record<string, string>> = ${JSON.stringify(SOURCES, null, 2).replace(/"([a-z])":/g, '$1:')};

/** GA sessions the data holds completely, with the last resolution number each adopted. */
export const COMPLETE_SESSIONS: Readonly<Record<number, number>> = ${JSON.stringify(complete)};

export const BUNDLED_ROWS = \`
${escape(lines.join('\n'))}
\`;
`;

if (check) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error('build-catalog: the committed bundledData.ts differs from what the data gives; run npm run build:catalog');
    process.exit(1);
  }
  console.log('build-catalog: bundledData.ts is up to date');
} else {
  writeFileSync(OUT, text);
  for (const line of log) console.log(line);
  for (const [reason, n] of counts) console.log(`${reason}: ${n}`);
  console.log(JSON.stringify(stats));
  console.log(`complete sessions: ${JSON.stringify(complete)}`);
  console.log(`wrote ${OUT} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}
