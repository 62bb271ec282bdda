/**
 * English words that shape term candidates. Data only, matched on lower case.
 *
 * Compiled by hand for bitext-tm from general English usage: the function
 * words of English (as in any stop-word list), the words that join the parts
 * of a name, and the common head nouns of names of organisations, places,
 * events and offices (as in style guides for capitalisation, e.g. the
 * Chicago Manual's "names of organisations" and "titles and offices"). They
 * are features of a candidate, not gates: a name without a head word is still
 * a candidate, and a head word alone is never a term.
 */
import type { TermType } from '../../types';

/** Words that may join the parts of one name when a head word makes it a name ("Ministry of Foreign Affairs"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'to', 'in', 'on', 'with', 'at', '&']);

/** Particles inside personal and place names ("FW de Klerk", "Saif al Islam", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'da', 'di', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'y', 'sur',
]);

/** Forms of address: a name starts after them ("Mr Johnson" names Johnson). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'lord', 'lady', 'rev',
  'comrade', 'comrades',
]);

/**
 * Function words: never the first or last word of a name, even with a
 * capital at the start of a sentence ("The", "After", "However").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'no', 'both', 'either', 'neither',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'my', 'your', 'his', 'its', 'our', 'their',
  'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how', 'whether', 'if', 'unless', 'because', 'since',
  'although', 'though', 'while', 'whereas', 'as', 'so', 'than', 'then', 'thus', 'hence', 'therefore', 'however', 'yet',
  'but', 'and', 'or', 'nor', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'upon', 'about',
  'above', 'below', 'after', 'before', 'during', 'until', 'till', 'against', 'among', 'amid', 'between', 'through',
  'throughout', 'over', 'under', 'within', 'without', 'across', 'along', 'around', 'behind', 'beyond', 'despite', 'towards',
  'toward', 'per', 'via', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have',
  'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'also', 'only', 'just',
  'even', 'still', 'already', 'very', 'more', 'most', 'many', 'much', 'few', 'other', 'another', 'such', 'there', 'here',
  'now', 'today', 'yesterday', 'tomorrow', 'meanwhile', 'moreover', 'furthermore', 'besides', 'indeed', 'instead',
  'according', 'including', 'like', 'unlike', 'next', 'last', 'first', 'second', 'third', 'one', 'two', 'three', 'yes',
  'mr', 'mrs', 'ms', 'dr',
]);

/** Days and months: capitalised, never terms. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Nouns that name an office or post. A post noun ends a title, with or
 * without a capital ("president", "foreign minister", "UN special envoy",
 * "Consul General"). Plurals are matched by the caller.
 */
export const POST_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'ministers', 'secretary', 'secretary-general',
  'ambassador', 'envoy', 'consul', 'consul-general', 'attache', 'attaché', 'counsellor', 'counselor', 'diplomat',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'congressman', 'congresswoman', 'mp', 'mps', 'mep', 'pm', 'lawmaker',
  'legislator', 'governor', 'mayor', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general',
  'commissioner', 'ceo', 'cfo', 'coo', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'monarch', 'sultan',
  'emir', 'sheikh', 'pope', 'archbishop', 'bishop', 'cardinal', 'dean', 'professor', 'rector', 'provost', 'chief',
  'judge', 'prosecutor', 'attorney-general', 'general', 'admiral', 'marshal', 'commander', 'speaker', 'adviser',
  'advisor', 'officer', 'deputy', 'delegate', 'representative', 'councillor', 'councilor', 'coordinator', 'rapporteur',
  'administrator', 'superintendent', 'treasurer', 'comptroller', 'ombudsman', 'magistrate', 'sheriff', 'captain',
  'manager', 'executive',
]);

/**
 * Words that qualify a post inside a title ("deputy director", "prime
 * minister", "special envoy", "foreign minister", "chief executive").
 */
export const POST_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'prime', 'first', 'second', 'interim', 'acting', 'special', 'chief', 'executive', 'senior', 'general',
  'permanent', 'assistant', 'associate', 'principal', 'state', 'foreign', 'home', 'defence', 'defense', 'finance',
  'interior', 'health', 'economy', 'economic', 'economics', 'trade', 'commerce', 'education', 'justice', 'culture',
  'environment', 'energy', 'transport', 'labour', 'labor', 'agriculture', 'security', 'intelligence', 'police',
  'military', 'army', 'navy', 'party', 'regional', 'provincial', 'municipal', 'federal', 'national', 'district', 'county',
  'city', 'consul', 'high', 'supreme', 'grand', 'crown', 'shadow', 'cabinet', 'junior', 'lord', 'lead', 'managing',
  'technology', 'information', 'operating', 'financial', 'affairs', 'development', 'science', 'sports', 'tourism',
]);

/** Head nouns that end (or open, before "of") a name of the given type, lower case, singular. */
export const TYPE_HEADS: Readonly<Record<Exclude<TermType, 'person' | 'title'>, ReadonlySet<string>>> = {
  org: new Set([
    'office', 'committee', 'commission', 'bureau', 'university', 'association', 'government', 'centre', 'center', 'group',
    'company', 'corporation', 'corp', 'co', 'ltd', 'inc', 'llc', 'plc', 'council', 'ministry', 'department', 'agency',
    'chamber', 'branch', 'secretariat', 'organization', 'organisation', 'consulate', 'embassy', 'team', 'school',
    'institute', 'college', 'division', 'federation', 'society', 'foundation', 'bank', 'court', 'procuratorate',
    'academy', 'administration', 'authority', 'board', 'union', 'alliance', 'club', 'hospital', 'museum', 'library',
    'party', 'army', 'navy', 'force', 'forces', 'police', 'service', 'fund', 'programme', 'parliament', 'assembly',
    'congress', 'senate', 'cabinet', 'front', 'movement', 'network', 'institution', 'trust', 'press', 'times', 'post',
    'news', 'agency', 'mission', 'legion', 'brigade', 'regiment', 'corps', 'guard', 'coalition', 'league', 'fc', 'united',
    'city', 'federation', 'industries', 'holdings', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'labs',
  ]),
  place: new Set([
    'district', 'county', 'city', 'province', 'township', 'town', 'village', 'oblast', 'region', 'prefecture',
    'municipality', 'zone', 'state', 'sar', 'subdistrict', 'island', 'islands', 'isle', 'isles', 'river', 'lake',
    'sea', 'ocean', 'bay', 'gulf', 'strait', 'mountain', 'mountains', 'mount', 'mt', 'valley', 'peninsula', 'coast',
    'street', 'road', 'avenue', 'square', 'bridge', 'park', 'forest', 'harbour', 'harbor', 'port', 'airport', 'station',
    'stadium', 'oval', 'arena', 'ground', 'church', 'cathedral', 'temple', 'palace', 'hall', 'tower', 'castle', 'canal',
    'desert', 'basin', 'plain', 'plateau', 'heath', 'tunnel', 'channel', 'republic', 'kingdom', 'emirates', 'territory',
  ]),
  event: new Set([
    'forum', 'conference', 'seminar', 'symposium', 'summit', 'contest', 'competition', 'ceremony', 'festival', 'fair',
    'expo', 'exhibition', 'dialogue', 'declaration', 'initiative', 'plan', 'agreement', 'agreements', 'accord', 'accords',
    'treaty', 'convention', 'act', 'bill', 'law', 'pact', 'games', 'olympics', 'cup', 'championship', 'championships',
    'league', 'series', 'test', 'tournament', 'open', 'prize', 'award', 'awards', 'day', 'week', 'year', 'war', 'revolution',
    'operation', 'storm', 'hurricane', 'typhoon', 'session', 'plenum', 'meeting', 'talks', 'congress', 'election',
    'strategy', 'programme', 'program', 'project', 'scheme', 'policy', 'doctrine', 'theory', 'thought', 'dream', 'march',
  ]),
};

/**
 * Words that may stand before a post but are not part of the title
 * ("former prime minister" names the post "prime minister").
 */
export const NOT_POST_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'new', 'current', 'then', 'late', 'outgoing', 'incoming', 'future', 'previous', 'next', 'top', 'own', 'ex',
  'would-be', 'incumbent', 'sitting', 'elected', 'newly', 'longtime', 'long-time', 'retired', 'serving', 'veteran',
]);

/**
 * Lower-case nouns that say what kind of place or body a name is, written
 * after it ("the Smolyan region", "the Conservative party"), with the type
 * they give the name.
 */
export const KIND_NOUNS: ReadonlyMap<string, 'place' | 'org'> = new Map([
  ...(['area', 'region', 'state', 'province', 'county', 'district', 'city', 'town', 'village', 'island', 'islands', 'river', 'mountain', 'mountains', 'port', 'harbour', 'harbor'] as const).map((n) => [n, 'place'] as const),
  ...(['team', 'club', 'party', 'company'] as const).map((n) => [n, 'org'] as const),
]);
