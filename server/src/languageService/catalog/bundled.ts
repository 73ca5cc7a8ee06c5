/**
 * The catalog bundled with unres (contract §5, last layer): every resolution the seed
 * A/RES/74/29 cites, and the texts drafters cite most. Small by design: users bring thousands of
 * resolutions in with `unres catalog import`. Every date here is checked by
 * `test/catalog.test.ts` against shared/data/_derived wherever that data has the symbol.
 * Titles are given only where we are sure of them; Security Council resolutions carry no titles,
 * so theirs give the Council's agenda item instead.
 */
import { normalizeSymbol } from '../util/symbols';
import { gaRegularSessionOf } from '../util/sessions';
import type { CatalogEntry } from './types';

const DERIVED = 'shared/data/_derived';

/** Where each group of facts comes from, said once. */
const SOURCES = {
  seed:
    `Date as cited in A/RES/74/29 (12 December 2019); agrees with the citation-mined dates and GA_resolution_catalog_merged.csv in ${DERIVED}.`,
  seedSeries:
    `Date as cited in A/RES/74/29 (12 December 2019); agrees with the citation-mined dates in ${DERIVED}. ` +
    'Title: the title this series has borne since resolution 53/70, as A/RES/74/29 and 78/237 (in the data) print it.',
  self: `A/RES/74/29 itself (shared/seeds): its adoption date and title; date agrees with the citation-mined dates in ${DERIVED}.`,
  eosg:
    `Date and title from the official text as indexed in ${DERIVED} (EOSG paragraph files, GA_resolution_catalog_merged.csv); ` +
    'date cross-checked with the citation-mined dates where the texts cite it.',
  mined:
    `Date: the date official texts cite it with (citation_mined_symbol_dates.csv in ${DERIVED}), without rival dates. ` +
    'Title: from knowledge of the UN record; the data holds no title for it.',
  minedUnvotesTitle:
    `Date: the date official texts cite it with (citation_mined_symbol_dates.csv in ${DERIVED}). ` +
    'Title: the unvotes roll-call data (Voeten), which gives official titles from session 60 on.',
  minedNoTitle: `Date: the date official texts cite it with (citation_mined_symbol_dates.csv in ${DERIVED}), without rival dates.`,
  pipeline: `Date and title from the official text (wannli/mandate-pipeline) as indexed in ${DERIVED}/GA_resolution_catalog_merged.csv.`,
  crc:
    `Date: cited as 20 November 1989 in 13 official texts (citation_mined_symbol_dates.csv in ${DERIVED}); ` +
    'the EOSG text reads 1959 there, a known error (SOURCES.md). Title: from knowledge of the UN record.',
  knowledge:
    'Not in shared/data: date and title from knowledge of the UN Digital Library record, not machine-checked against data here.',
  sc:
    `Date: ${DERIVED}/SC_resolution_catalog_merged.csv (CR-UNSC text header, EOSG paragraph files or citations). ` +
    'Agenda item: from knowledge of the UN record.',
} as const;

type SourceKey = keyof typeof SOURCES;

/** symbol, ISO date, title (or undefined), source, and for the Security Council its agenda item. */
type Row = readonly [symbol: string, date: string, title: string | undefined, source: SourceKey, agendaItem?: string];

const ICT = 'Developments in the field of information and telecommunications in the context of international security';

const ROWS: readonly Row[] = [
  // Cited in the seed, A/RES/74/29, in its order.
  ['A/RES/36/103', '1981-12-09', 'Declaration on the Inadmissibility of Intervention and Interference in the Internal Affairs of States', 'mined'],
  ['A/RES/43/78 H', '1988-12-07', undefined, 'seed'],
  ['A/RES/53/70', '1998-12-04', ICT, 'seedSeries'],
  ['A/RES/54/49', '1999-12-01', ICT, 'seedSeries'],
  ['A/RES/55/28', '2000-11-20', ICT, 'seedSeries'],
  ['A/RES/56/19', '2001-11-29', ICT, 'seedSeries'],
  ['A/RES/57/53', '2002-11-22', ICT, 'seedSeries'],
  ['A/RES/58/32', '2003-12-08', ICT, 'seedSeries'],
  ['A/RES/59/61', '2004-12-03', ICT, 'seedSeries'],
  ['A/RES/60/45', '2005-12-08', ICT, 'seedSeries'],
  ['A/RES/61/54', '2006-12-06', ICT, 'seedSeries'],
  ['A/RES/62/17', '2007-12-05', ICT, 'seedSeries'],
  ['A/RES/63/37', '2008-12-02', ICT, 'seedSeries'],
  ['A/RES/64/25', '2009-12-02', ICT, 'seedSeries'],
  ['A/RES/65/41', '2010-12-08', ICT, 'seedSeries'],
  ['A/RES/66/24', '2011-12-02', ICT, 'seedSeries'],
  ['A/RES/67/27', '2012-12-03', ICT, 'seedSeries'],
  ['A/RES/68/243', '2013-12-27', ICT, 'seedSeries'],
  ['A/RES/69/28', '2014-12-02', ICT, 'seedSeries'],
  ['A/RES/70/237', '2015-12-23', ICT, 'seedSeries'],
  ['A/RES/71/28', '2016-12-05', ICT, 'seedSeries'],
  ['A/RES/73/27', '2018-12-05', ICT, 'seedSeries'],
  ['A/RES/74/29', '2019-12-12', ICT, 'self'],
  // The rest of the ICT line.
  ['A/RES/73/266', '2018-12-22', 'Advancing responsible State behaviour in cyberspace in the context of international security', 'minedUnvotesTitle'],
  ['A/RES/75/240', '2020-12-31', ICT, 'mined'],
  ['A/RES/78/237', '2023-12-22', ICT, 'pipeline'],
  ['A/RES/79/237', '2024-12-24', 'Open-ended working group on security of and in the use of information and communications technologies 2021–2025 established pursuant to General Assembly resolution 75/240', 'pipeline'],

  // General Assembly: sessions 1–30.
  ['A/RES/95 (I)', '1946-12-11', 'Affirmation of the Principles of International Law recognized by the Charter of the Nürnberg Tribunal', 'mined'],
  ['A/RES/96 (I)', '1946-12-11', 'The crime of genocide', 'mined'],
  ['A/RES/181 (II)', '1947-11-29', 'Future government of Palestine', 'mined'],
  ['A/RES/194 (III)', '1948-12-11', undefined, 'minedNoTitle'],
  ['A/RES/217 A (III)', '1948-12-10', 'Universal Declaration of Human Rights', 'mined'],
  ['A/RES/377 A (V)', '1950-11-03', 'Uniting for peace', 'mined'],
  ['A/RES/1514 (XV)', '1960-12-14', 'Declaration on the granting of independence to colonial countries and peoples', 'eosg'],
  ['A/RES/1541 (XV)', '1960-12-15', 'Principles which should guide Members in determining whether or not an obligation exists to transmit the information called for under Article 73 e of the Charter', 'eosg'],
  ['A/RES/1803 (XVII)', '1962-12-14', 'Permanent sovereignty over natural resources', 'mined'],
  ['A/RES/2200 A (XXI)', '1966-12-16', 'International Covenant on Economic, Social and Cultural Rights, International Covenant on Civil and Political Rights and Optional Protocol to the International Covenant on Civil and Political Rights', 'eosg'],
  ['A/RES/2625 (XXV)', '1970-10-24', 'Declaration on Principles of International Law concerning Friendly Relations and Co-operation among States in accordance with the Charter of the United Nations', 'mined'],
  ['A/RES/3201 (S-VI)', '1974-05-01', 'Declaration on the Establishment of a New International Economic Order', 'mined'],
  ['A/RES/3281 (XXIX)', '1974-12-12', 'Charter of Economic Rights and Duties of States', 'mined'],
  ['A/RES/3314 (XXIX)', '1974-12-14', 'Definition of Aggression', 'mined'],

  // General Assembly: sessions 31 on.
  ['A/RES/34/180', '1979-12-18', 'Convention on the Elimination of All Forms of Discrimination against Women', 'mined'],
  ['A/RES/39/46', '1984-12-10', 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', 'mined'],
  ['A/RES/41/128', '1986-12-04', 'Declaration on the right to development', 'eosg'],
  ['A/RES/44/25', '1989-11-20', 'Convention on the Rights of the Child', 'crc'],
  ['A/RES/46/182', '1991-12-19', 'Strengthening of the coordination of humanitarian emergency assistance of the United Nations', 'eosg'],
  ['A/RES/47/135', '1992-12-18', 'Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities', 'eosg'],
  ['A/RES/48/104', '1993-12-20', 'Declaration on the Elimination of Violence against Women', 'eosg'],
  ['A/RES/48/134', '1993-12-20', 'National institutions for the promotion and protection of human rights', 'mined'],
  ['A/RES/55/2', '2000-09-08', 'United Nations Millennium Declaration', 'eosg'],
  ['A/RES/55/25', '2000-11-15', 'United Nations Convention against Transnational Organized Crime', 'eosg'],
  ['A/RES/57/270 B', '2003-06-23', undefined, 'minedNoTitle'],
  ['A/RES/58/4', '2003-10-31', 'United Nations Convention against Corruption', 'eosg'],
  ['A/RES/60/1', '2005-09-16', '2005 World Summit Outcome', 'eosg'],
  ['A/RES/60/180', '2005-12-20', 'The Peacebuilding Commission', 'eosg'],
  ['A/RES/60/251', '2006-03-15', 'Human Rights Council', 'eosg'],
  ['A/RES/60/288', '2006-09-08', 'The United Nations Global Counter-Terrorism Strategy', 'eosg'],
  ['A/RES/61/295', '2007-09-13', 'United Nations Declaration on the Rights of Indigenous Peoples', 'eosg'],
  ['A/RES/64/292', '2010-07-28', 'The human right to water and sanitation', 'mined'],
  ['A/RES/65/281', '2011-06-17', 'Review of the Human Rights Council', 'eosg'],
  ['A/RES/66/288', '2012-07-27', 'The future we want', 'eosg'],
  ['A/RES/66/290', '2012-09-10', 'Follow-up to paragraph 143 on human security of the 2005 World Summit Outcome', 'eosg'],
  ['A/RES/67/19', '2012-11-29', 'Status of Palestine in the United Nations', 'eosg'],
  ['A/RES/67/97', '2012-12-14', 'The rule of law at the national and international levels', 'knowledge'],
  ['A/RES/68/262', '2014-03-27', 'Territorial integrity of Ukraine', 'mined'],
  ['A/RES/69/313', '2015-07-27', 'Addis Ababa Action Agenda of the Third International Conference on Financing for Development (Addis Ababa Action Agenda)', 'eosg'],
  ['A/RES/70/1', '2015-09-25', 'Transforming our world: the 2030 Agenda for Sustainable Development', 'eosg'],
  ['A/RES/72/279', '2018-05-31', 'Repositioning of the United Nations development system in the context of the quadrennial comprehensive policy review of operational activities for development of the United Nations system', 'eosg'],
  ['A/RES/75/1', '2020-09-21', 'Declaration on the commemoration of the seventy-fifth anniversary of the United Nations', 'eosg'],
  ['A/RES/76/300', '2022-07-28', 'The human right to a clean, healthy and sustainable environment', 'eosg'],

  // General Assembly: special and emergency special sessions.
  ['A/RES/S-26/2', '2001-06-27', 'Declaration of Commitment on HIV/AIDS', 'mined'],
  ['A/RES/ES-10/19', '2017-12-21', 'Status of Jerusalem', 'knowledge'],
  ['A/RES/ES-11/1', '2022-03-02', 'Aggression against Ukraine', 'mined'],

  // Security Council.
  ['S/RES/242 (1967)', '1967-11-22', undefined, 'sc', 'The situation in the Middle East'],
  ['S/RES/338 (1973)', '1973-10-22', undefined, 'sc', 'The situation in the Middle East'],
  ['S/RES/1325 (2000)', '2000-10-31', undefined, 'sc', 'Women and peace and security'],
  ['S/RES/1373 (2001)', '2001-09-28', undefined, 'sc', 'Threats to international peace and security caused by terrorist acts'],
  ['S/RES/1540 (2004)', '2004-04-28', undefined, 'sc', 'Non-proliferation of weapons of mass destruction'],
  ['S/RES/1820 (2008)', '2008-06-19', undefined, 'sc', 'Women and peace and security'],
  ['S/RES/2231 (2015)', '2015-07-20', undefined, 'sc', 'Non-proliferation'],
  ['S/RES/2250 (2015)', '2015-12-09', undefined, 'sc', 'Maintenance of international peace and security'],
  ['S/RES/2334 (2016)', '2016-12-23', undefined, 'sc', 'The situation in the Middle East, including the Palestinian question'],
];

let cached: readonly CatalogEntry[] | undefined;

/** The bundled catalog's entries, canonical symbols, built once. */
export function bundledCatalog(): readonly CatalogEntry[] {
  return (cached ??= Object.freeze(ROWS.map(toEntry)));
}

function toEntry([raw, date, title, source, agendaItem]: Row): CatalogEntry {
  const symbol = normalizeSymbol(raw);
  const session = gaRegularSessionOf(symbol);
  return Object.freeze({
    symbol,
    date,
    ...(title && { title }),
    ...(session !== undefined && { session }),
    ...(agendaItem && { agendaItem }),
    source: `unres bundled catalog. ${SOURCES[source]}`,
  });
}
