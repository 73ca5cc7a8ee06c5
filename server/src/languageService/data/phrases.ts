/**
 * The curated opening phrases of UN resolutions: the preambular phrases (participles and
 * adjectives: `Recalling`, `Deeply concerned`, `Bearing in mind`) and the operative verbs (present
 * tense, third person: `Decides`, `Calls upon`, `Takes note of`) used by the General Assembly, the
 * Security Council, the Economic and Social Council and the Human Rights Council, with the
 * preambular ↔ operative pairs where they exist and a one-line note on use for hover.
 *
 * Modifiers (`Also`, `Further`, `Strongly`, `Once again`, trailing `also`) are not listed: the
 * matcher in `phraseMatch.ts` handles them by rule, so `Also recalling` and `Recalling also` both
 * reduce to `Recalling`.
 *
 * Coverage was checked against the tagged paragraphs of modern GA and SC resolutions (see the
 * coverage test in `test/phrases.test.ts`).
 */

/** Which part of a resolution a phrase opens. */
export type PhraseKind = 'preambular' | 'operative';

/** One opening phrase of the curated lists. */
export interface PhraseEntry {
  /** The canonical form, capitalised as it opens a paragraph: `Noting with deep concern`. */
  readonly phrase: string;
  readonly kind: PhraseKind;
  /** The phrase of the other kind with the same meaning (`Recalling` ↔ `Recalls`), when there is one. */
  readonly counterpart?: string;
  /** A one-line note on use, for hover. */
  readonly note?: string;
}

type Pair = readonly [preambular: string, operative: string, note?: string];

/**
 * Preambular participle ↔ operative verb. The note describes the pair; it is shown on both.
 * Order matters only for suggestions: the most common phrases come first.
 */
const PAIRS: readonly Pair[] = [
  ['Recalling', 'Recalls', 'cites earlier texts of the same or another organ'],
  ['Reaffirming', 'Reaffirms', 'restates a position or commitment taken before'],
  ['Noting', 'Notes', 'records a fact without judging it'],
  ['Welcoming', 'Welcomes', 'records approval of a development, report or initiative'],
  ['Recognizing', 'Recognizes', 'accepts a fact or principle as true or valid'],
  ['Taking note of', 'Takes note of', 'acknowledges a document or event without endorsing it'],
  ['Stressing', 'Stresses', 'gives weight to a point'],
  ['Emphasizing', 'Emphasizes', 'gives particular weight to a point'],
  ['Acknowledging', 'Acknowledges', 'admits or recognizes a fact or a contribution'],
  ['Reiterating', 'Reiterates', 'repeats a position taken before'],
  ['Underlining', 'Underlines', 'stresses a point'],
  ['Underscoring', 'Underscores', 'stresses a point'],
  ['Affirming', 'Affirms', 'states a position firmly'],
  ['Encouraging', 'Encourages', 'urges gently; softer than urging'],
  ['Calling upon', 'Calls upon', 'addresses a request to States, parties or bodies that the organ cannot direct'],
  ['Calling on', 'Calls on', 'addresses a request to States, parties or bodies that the organ cannot direct'],
  ['Calling for', 'Calls for', 'asks for an action or outcome'],
  ['Urging', 'Urges', 'presses strongly for an action'],
  ['Inviting', 'Invites', 'asks politely; weaker than requesting'],
  ['Requesting', 'Requests', 'asks a body the organ can direct (the Secretary-General, subsidiary organs)'],
  ['Deciding', 'Decides', 'takes a decision binding on the organ itself (on Member States too in Security Council texts under Chapter VII)'],
  ['Considering', 'Considers', 'states a view the organ has reached'],
  ['Condemning', 'Condemns', 'expresses strong disapproval'],
  ['Deploring', 'Deplores', 'expresses deep regret or disapproval'],
  ['Regretting', 'Regrets', 'expresses disappointment'],
  ['Commending', 'Commends', 'praises an actor for its work'],
  ['Congratulating', 'Congratulates', 'praises an actor on an achievement'],
  ['Supporting', 'Supports', 'records support for an initiative or actor'],
  ['Endorsing', 'Endorses', 'approves a text or recommendations and makes them its own'],
  ['Approving', 'Approves', 'gives formal approval (budgets, programmes, arrangements)'],
  ['Demanding', 'Demands', 'requires an action in the strongest terms (mostly Security Council)'],
  ['Determining', 'Determines', 'finds a fact with legal consequence (Security Council: a threat to the peace under Article 39)'],
  ['Declaring', 'Declares', 'makes a formal statement'],
  ['Believing', 'Believes', 'states a conviction'],
  ['Highlighting', 'Highlights', 'draws attention to a point'],
  ['Reminding', 'Reminds', 'recalls an obligation to those addressed'],
  ['Insisting', 'Insists', 'presses a demand firmly'],
  ['Confirming', 'Confirms', 'confirms a decision or fact'],
  ['Reconfirming', 'Reconfirms'],
  ['Accepting', 'Accepts'],
  ['Adopting', 'Adopts', 'adopts a text; a lone unnumbered paragraph when the resolution adopts an annexed text'],
  ['Agreeing', 'Agrees'],
  ['Authorizing', 'Authorizes', 'grants authority (Security Council: to use all necessary measures)'],
  ['Appealing to', 'Appeals to', 'makes an earnest request'],
  ['Appealing', 'Appeals'],
  ['Bearing in mind', 'Bears in mind', 'keeps a consideration in view'],
  ['Keeping in mind', 'Keeps in mind'],
  ['Taking into account', 'Takes into account', 'weighs a factor in the decision'],
  ['Taking into consideration', 'Takes into consideration'],
  ['Looking forward to', 'Looks forward to', 'expects a future event or report'],
  ['Drawing attention to', 'Draws attention to'],
  ['Drawing the attention of', 'Draws the attention of'],
  ['Paying tribute to', 'Pays tribute to', 'honours people or bodies'],
  ['Paying homage to', 'Pays homage to'],
  ['Saluting', 'Salutes'],
  ['Thanking', 'Thanks'],
  ['Praising', 'Praises'],
  ['Applauding', 'Applauds'],
  ['Appreciating', 'Appreciates'],
  ['Observing', 'Observes'],
  ['Proclaiming', 'Proclaims', 'announces formally (international days, years, decades, declarations)'],
  ['Recommending', 'Recommends', 'advises another organ or Member States'],
  ['Suggesting', 'Suggests'],
  ['Proposing', 'Proposes'],
  ['Resolving', 'Resolves', 'takes a firm decision'],
  ['Rejecting', 'Rejects'],
  ['Opposing', 'Opposes'],
  ['Denouncing', 'Denounces'],
  ['Reasserting', 'Reasserts'],
  ['Renewing', 'Renews'],
  ['Pledging', 'Pledges'],
  ['Committing', 'Commits'],
  ['Recommitting', 'Recommits'],
  ['Undertaking', 'Undertakes'],
  ['Reviewing', 'Reviews'],
  ['Establishing', 'Establishes'],
  ['Designating', 'Designates'],
  ['Stating', 'States'],
  ['Cautioning', 'Cautions'],
  ['Warning', 'Warns'],
  ['Attaching importance to', 'Attaches importance to'],
  ['Attaching great importance to', 'Attaches great importance to'],
  ['Placing emphasis on', 'Places emphasis on'],
  ['Re-emphasizing', 'Re-emphasizes'],
  ['Taking note', 'Takes note'],
  ['Looking forward', 'Looks forward'],
  ['Discouraging', 'Discourages'],
  ['Requiring', 'Requires'],
  ['Expecting', 'Expects'],
  ['Anticipating', 'Anticipates'],
  ['Calling', 'Calls'],
  ['Acknowledging with appreciation', 'Acknowledges with appreciation'],
  ['Acknowledging with satisfaction', 'Acknowledges with satisfaction'],
  ['Taking cognizance of', 'Takes cognizance of'],
  ['Censuring', 'Censures'],
  ['Lending', 'Lends'],
  ['Extending', 'Extends', 'extends a mandate, a period or support'],
  ['Holding', 'Holds'],
  ['Concluding', 'Concludes'],
  ['Sharing', 'Shares'],
  ['Responding to', 'Responds to'],
  ['Referring to', 'Refers to'],
  ['Remaining convinced', 'Remains convinced'],
  ['Remaining concerned', 'Remains concerned'],
  ['Remaining deeply concerned', 'Remains deeply concerned'],
  ['Remaining committed', 'Remains committed'],
  ['Recognizing with appreciation', 'Recognizes with appreciation'],
  ['Recognizing with satisfaction', 'Recognizes with satisfaction'],
  ['Recalling with appreciation', 'Recalls with appreciation'],
  ['Recalling with satisfaction', 'Recalls with satisfaction'],
  ['Welcoming with appreciation', 'Welcomes with appreciation'],
  ['Welcoming with satisfaction', 'Welcomes with satisfaction'],
  // British spellings occur in some Security Council texts; UN editorial style is -ize.
  ['Recognising', 'Recognises', 'British spelling; UN editorial style writes "Recognizing"'],
  ['Emphasising', 'Emphasises', 'British spelling; UN editorial style writes "Emphasizing"'],
  ['Authorising', 'Authorises', 'British spelling; UN editorial style writes "Authorizing"'],
  ['Realising', 'Realises', 'British spelling; UN editorial style writes "Realizing"'],
  ['Realizing', 'Realizes'],
];

/** Preambular phrases with no operative counterpart in use (adjectives, `Having …`, purposes). */
const PREAMBULAR_ONLY: readonly (string | readonly [string, string])[] = [
  ['Aware', 'states what the organ knows or is conscious of'],
  'Fully aware',
  'Well aware',
  'Deeply aware',
  ['Conscious', 'states what the organ keeps in mind'],
  'Fully conscious',
  'Deeply conscious',
  ['Mindful', 'states a consideration the organ keeps in mind'],
  'Fully mindful',
  ['Cognizant', 'states what the organ knows'],
  'Fully cognizant',
  ['Convinced', 'states a firm belief'],
  'Firmly convinced',
  'Deeply convinced',
  'Fully convinced',
  'Strongly convinced',
  ['Persuaded', 'states a belief reached by argument'],
  ['Concerned', 'expresses worry; graded by deeply, gravely, seriously'],
  'Deeply concerned',
  'Gravely concerned',
  'Seriously concerned',
  'Profoundly concerned',
  'Extremely concerned',
  'Greatly concerned',
  'Particularly concerned',
  'Increasingly concerned',
  'Very concerned',
  ['Alarmed', 'expresses grave worry'],
  'Deeply alarmed',
  'Gravely alarmed',
  'Seriously alarmed',
  'Disturbed',
  'Deeply disturbed',
  'Gravely disturbed',
  'Seriously disturbed',
  'Troubled',
  'Deeply troubled',
  'Shocked',
  'Deeply shocked',
  'Appalled',
  'Outraged',
  'Dismayed',
  'Deeply dismayed',
  'Distressed',
  'Deeply distressed',
  'Disappointed',
  'Deeply disappointed',
  'Saddened',
  'Deeply saddened',
  'Grieved',
  'Deeply grieved',
  'Indignant',
  'Anxious',
  'Supportive',
  'Regretful',
  ['Encouraged', 'records a development the organ finds hopeful'],
  'Greatly encouraged',
  'Heartened',
  'Gratified',
  'Pleased',
  'Satisfied',
  'Reassured',
  'Confident',
  'Hopeful',
  ['Desiring', 'states a purpose'],
  'Desirous',
  'Wishing',
  'Hoping',
  'Seeking',
  'Striving',
  'Endeavouring',
  'Aspiring',
  'Aiming',
  'Intending',
  ['Determined', 'states a resolve'],
  'Resolved',
  'Committed',
  'Dedicated',
  'Ready',
  ['Guided by', 'names the principles the organ follows (often the purposes and principles of the Charter)'],
  'Inspired by',
  'Motivated by',
  'Prompted by',
  'Moved by',
  'Spurred by',
  'Animated by',
  ['Acting', 'Security Council: "Acting under Chapter VII of the Charter" makes the decisions that follow binding'],
  ['Having considered', 'states what the organ examined before acting (a report, an item)'],
  'Having examined',
  'Having reviewed',
  'Having studied',
  'Having heard',
  'Having received',
  'Having discussed',
  'Having met',
  'Having adopted',
  'Having decided',
  'Having regard to',
  'Having in mind',
  'Having taken note',
  'Having learned',
  'Having invited',
  'Having expressed',
  'Having begun',
  'Having been briefed',
  'Having critically reviewed',
  'Having been informed',
  'Having been apprised',
  'Having carefully considered',
  'Having noted',
  'Having approved',
  'Having endorsed',
  'Having convened',
  'Having listened',
  'Having concluded',
  'Having elected',
  'Having reaffirmed',
  'Having recalled',
  'Having welcomed',
  'Commemorating',
  'Celebrating',
  'Marking',
  'Honouring',
  'Echoing',
  'Reflecting',
  'Building on',
  'Building upon',
  'Contemplating',
  'Valuing',
  'Respecting',
  'Upholding',
  'Promoting',
  'Taking due note of',
  'Taking due account of',
  'Taking account of',
  'Taking fully into account',
  'Taking fully into consideration',
];

/** Operative verbs with no preambular counterpart in use. */
const OPERATIVE_ONLY: readonly (string | readonly [string, string])[] = [
  ['Directs', 'instructs a body the organ controls'],
  ['Instructs', 'instructs a body the organ controls'],
  ['Entrusts', 'gives a task to a body'],
  ['Mandates', 'gives a body a mandate'],
  ['Tasks', 'gives a body a task'],
  ['Charges', 'gives a body a task'],
  ['Elects', 'elects members of a body'],
  ['Appoints', 'appoints a person or body'],
  'Renews',
  'Terminates',
  'Suspends',
  'Lifts',
  'Imposes',
  ['Defers', 'postpones consideration to a later session'],
  ['Concurs', 'agrees with a view of another body'],
  'Concurs with',
  ['Solemnly declares', 'a formal declaration'],
  ['Solemnly proclaims', 'a formal proclamation'],
  ['Trusts', 'expresses confidence that something will happen'],
  'Hopes',
  'Wishes',
  'Exhorts',
  'Implores',
  'Deems',
  'Finds',
  'Regards',
  ['Remains seized', 'Security Council: keeps the matter on its agenda'],
  'Remains actively seized',
  'Remains ready',
  'Stands ready',
  'Is convinced',
  'Is aware',
  'Intends',
  'Continues',
  'Reposes',
];

/** Feelings expressed with `Noting with …`, `Notes with …`. */
const NOTING_WITH: readonly string[] = [
  'concern',
  'deep concern',
  'grave concern',
  'serious concern',
  'great concern',
  'growing concern',
  'particular concern',
  'profound concern',
  'increasing concern',
  'utmost concern',
  'alarm',
  'deep alarm',
  'grave alarm',
  'appreciation',
  'deep appreciation',
  'great appreciation',
  'sincere appreciation',
  'satisfaction',
  'great satisfaction',
  'deep satisfaction',
  'regret',
  'deep regret',
  'great regret',
  'interest',
  'great interest',
  'approval',
  'gratitude',
  'deep gratitude',
  'dismay',
  'deep dismay',
  'disappointment',
  'deep disappointment',
  'indignation',
  'outrage',
  'shock',
  'sorrow',
  'deep sorrow',
  'sadness',
  'distress',
  'anxiety',
  'deep anxiety',
  'grave anxiety',
  'encouragement',
  'optimism',
  'hope',
  'recognition',
  'thanks',
  'pride',
];

/** Feelings and positions expressed with `Expressing …` / `Expresses …` and `… its …`. */
const EXPRESSING: readonly string[] = [
  'concern',
  'deep concern',
  'grave concern',
  'serious concern',
  'great concern',
  'growing concern',
  'profound concern',
  'particular concern',
  'alarm',
  'deep alarm',
  'grave alarm',
  'appreciation',
  'deep appreciation',
  'sincere appreciation',
  'gratitude',
  'deep gratitude',
  'sincere gratitude',
  'profound gratitude',
  'thanks',
  'support',
  'full support',
  'strong support',
  'firm support',
  'continued support',
  'unwavering support',
  'satisfaction',
  'deep satisfaction',
  'regret',
  'deep regret',
  'profound regret',
  'sympathy',
  'deep sympathy',
  'condolences',
  'deep condolences',
  'deepest condolences',
  'sincere condolences',
  'solidarity',
  'full solidarity',
  'determination',
  'firm determination',
  'readiness',
  'willingness',
  'intention',
  'wish',
  'hope',
  'firm hope',
  'conviction',
  'firm conviction',
  'commitment',
  'strong commitment',
  'firm commitment',
  'outrage',
  'shock',
  'dismay',
  'indignation',
  'disappointment',
  'deep disappointment',
  'recognition',
  'admiration',
  'confidence',
  'full confidence',
  'interest',
  'opposition',
  'strong opposition',
  'condemnation',
  'strong condemnation',
  'approval',
  'encouragement',
  'anxiety',
  'grave anxiety',
  'frustration',
];

/** Views with `Expressing the …` / `Expresses the …`. */
const EXPRESSING_THE: readonly string[] = ['hope', 'firm hope', 'earnest hope', 'wish', 'conviction', 'view', 'belief'];

/** Feelings with `Taking note with … of` / `Takes note with … of`. */
const TAKING_NOTE_WITH: readonly string[] = [
  'appreciation',
  'deep appreciation',
  'great appreciation',
  'interest',
  'great interest',
  'satisfaction',
  'concern',
  'deep concern',
  'grave concern',
  'serious concern',
  'regret',
  'approval',
  'gratitude',
];

/** Feelings with `Viewing with …` / `Views with …`. */
const VIEWING_WITH: readonly string[] = ['concern', 'deep concern', 'grave concern', 'serious concern', 'alarm', 'appreciation', 'satisfaction', 'dismay'];

/** `Noting`/`Notes`: a note for the generated families. */
const FAMILY_NOTE = 'records a fact together with the organ’s view of it';

function build(): { preambular: PhraseEntry[]; operative: PhraseEntry[] } {
  const preambular: PhraseEntry[] = [];
  const operative: PhraseEntry[] = [];
  const seen = new Set<string>();
  const add = (list: PhraseEntry[], entry: PhraseEntry) => {
    const key = entry.phrase.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    list.push(entry);
  };
  const pair = (pre: string, op: string, note?: string) => {
    add(preambular, { phrase: pre, kind: 'preambular', counterpart: op, ...(note ? { note } : {}) });
    add(operative, { phrase: op, kind: 'operative', counterpart: pre, ...(note ? { note } : {}) });
  };
  for (const [pre, op, note] of PAIRS) pair(pre, op, note);
  for (const feeling of NOTING_WITH) pair(`Noting with ${feeling}`, `Notes with ${feeling}`, FAMILY_NOTE);
  for (const feeling of EXPRESSING) {
    pair(`Expressing ${feeling}`, `Expresses ${feeling}`);
    pair(`Expressing its ${feeling}`, `Expresses its ${feeling}`);
  }
  for (const view of EXPRESSING_THE) pair(`Expressing the ${view}`, `Expresses the ${view}`);
  for (const feeling of TAKING_NOTE_WITH) {
    pair(`Taking note with ${feeling} of`, `Takes note with ${feeling} of`, 'acknowledges a document together with the organ’s view of it');
  }
  for (const feeling of VIEWING_WITH) pair(`Viewing with ${feeling}`, `Views with ${feeling}`);
  pair('Expressing', 'Expresses', 'states a feeling or position (concern, appreciation, support)');
  for (const item of PREAMBULAR_ONLY) {
    const [phrase, note] = typeof item === 'string' ? [item, undefined] : item;
    add(preambular, { phrase, kind: 'preambular', ...(note ? { note } : {}) });
  }
  for (const item of OPERATIVE_ONLY) {
    const [phrase, note] = typeof item === 'string' ? [item, undefined] : item;
    add(operative, { phrase, kind: 'operative', ...(note ? { note } : {}) });
  }
  return { preambular, operative };
}

const BUILT = build();

/** Every known preambular phrase, most common first. */
export const PREAMBULAR_PHRASES: readonly PhraseEntry[] = BUILT.preambular;

/** Every known operative verb, most common first. */
export const OPERATIVE_PHRASES: readonly PhraseEntry[] = BUILT.operative;

/**
 * Words that may stand before an opening phrase without changing it: `Also recalls`,
 * `Further requests`, `Strongly condemns`, `Once again urges`. Lower case; multi-word ones as written.
 */
export const LEADING_MODIFIERS: readonly string[] = [
  'also',
  'further',
  'again',
  'once again',
  'once more',
  'strongly',
  'most strongly',
  'firmly',
  'deeply',
  'fully',
  'urgently',
  'warmly',
  'unequivocally',
  'categorically',
  'solemnly',
  'earnestly',
  'highly',
  'greatly',
  'resolutely',
  'emphatically',
  'vigorously',
  'sincerely',
  'respectfully',
  'repeatedly',
  'consistently',
  'unanimously',
  'additionally',
  'likewise',
  'similarly',
];

/**
 * Words that may follow an opening phrase, or stand inside a multi-word one, without changing it:
 * `Recalling also`, `Requests further`, `Reaffirming once again`, `Noting also with concern`.
 */
export const TRAILING_MODIFIERS: readonly string[] = ['also', 'further', 'again', 'once again', 'once more', 'furthermore', 'moreover'];
