/** The knowledge base: everything read from data/ (formats in docs/dictionaries.md). */
import type { PhraseMatcher } from '../text/phrase-matcher.js';

export interface CountryEntry {
  id: string;
  iso2?: string;
  name: string;
  aliases?: string[];
  demonyms?: string[];
  plurals?: string[];
  capital?: string;
  metonyms?: string[];
}

export interface OrgEntry {
  id: string;
  name: string;
  aliases?: string[];
  country: string | null;
  sector: string | null;
  type: string;
  plural?: boolean;
  /** The organisation this one belongs to ("UN" for UNIFIL or the WFP). */
  parent?: string | null;
}

export interface RoleSpanEntry {
  title: string;
  org: string | null;
  sector?: string | null;
  start: string | null;
  end: string | null;
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases?: string[];
  gender?: 'm' | 'f' | null;
  roles?: RoleSpanEntry[];
}

export interface TitleEntry {
  title: string;
  sector: string | null;
}

export interface GroupNounEntry {
  noun: string;
  sector: string | null;
}

export interface PlaceEntry {
  name: string;
  aliases?: string[];
  country: string | null;
  lat?: number;
  lon?: number;
  type?: string;
}

export interface SpeechCue {
  lemma: string;
  addressee?: boolean;
  addressee_prep?: string;
  as?: boolean;
  dispute?: boolean;
  form?: string;
  /** The cue reports a noun phrase as content ("noted Moscow's objections"), not only clauses. */
  np?: boolean;
}

export interface EventTrigger {
  lemma: string;
  pos: string[];
  event: string;
  mode: string | null;
  cameo: string | null;
  context?: string[];
  recipient?: string[];
  symmetric?: boolean;
  requires_object?: boolean;
  /** Only with a state, organisation or person as object ("called Zelenskiy", not "called it unjust"). */
  requires_actor_object?: boolean;
  /** Object head lemmas that mean another sense ("send a delegation" is no aid). */
  object_not?: string[];
  /** Not when the object is followed by what it is called ("calling it unjust", "called them a threat"). */
  naming_not?: boolean;
  /** Event type when the object is a town or territory ("seized Damascus" is ASSAULT, "seized a ship" COERCE). */
  territory_event?: string;
  /** The subject is the recipient and the object the source ("Qatar hosted Hamas leaders" is a visit by Hamas). */
  swap_roles?: boolean;
  /** Event types by object head: "allowed aid trucks in" is RETREAT where "allowed students to stay" is the entry's CONCEDE. */
  object_events?: { nouns: string[]; event: string; mode?: string | null; cameo?: string | null }[];
}

/** data/lexicon/territory.json: what a captured object must be to count as ground taken. */
export interface TerritoryLexicon {
  place_types: string[];
  nouns: string[];
}

export interface SupportVerb {
  lemma: string;
  claim?: boolean;
  future?: boolean;
}

export interface AnaphorEntry {
  phrase: string;
  /** What it can refer to: an organisation type ("media", "armed_group"), "country", "person" or "group". */
  refers_to: string;
}

export interface Modality {
  negation: string[];
  negating_verbs: string[];
  future: string[];
  future_verbs: string[];
  hypothetical: string[];
  deontic: string[];
  clause_breaks: string[];
}

export interface NegotiationLexicon {
  proposal_nouns: string[];
  subjects: { word: string; subject: string }[];
  version_words: string[];
  stance_verbs: { lemma: string; stance: string }[];
  stance_nouns: { word: string; stance: string }[];
  conditional_cues: string[];
  undecided_cues: string[];
  demand_verbs: { lemma: string; polarity: string }[];
  demand_nouns: string[];
  mediator_cues: string[];
  guarantor_cues: string[];
  observer_cues: string[];
  dispute_cues: string[];
}

export interface RecipientLexicon {
  preps: Record<string, string[]>;
  symmetric_types: string[];
  symmetric_lemmas: string[];
  quantifiers: string[];
  /** Nouns that count or bundle what follows "of" ("a package of sanctions"): the object's head is past them. */
  container_nouns?: string[];
}

export interface DisputeLexicon {
  speech_nouns: string[];
  difference_phrases: string[];
  falsity_words: string[];
}

export interface ProposalLexicon {
  proposing_verbs: string[];
  one_anaphors: string[];
  old_version_words: string[];
  new_version_words: string[];
  strong_nouns?: string[];
}

/** A dictionary phrase and what it names. */
export type ActorRef =
  | { kind: 'country'; entry: CountryEntry; form: 'name' | 'demonym' | 'plural' | 'metonym'; pattern: string[] }
  | { kind: 'org'; entry: OrgEntry; pattern: string[] }
  | { kind: 'person'; entry: PersonEntry; pattern: string[] };

export interface Knowledge {
  /** Directory the data was read from. */
  dataDir: string;
  countries: Map<string, CountryEntry>;
  orgs: Map<string, OrgEntry>;
  people: Map<string, PersonEntry>;
  places: PlaceEntry[];
  /** Keyed on lower-cased token text. */
  actorMatcher: PhraseMatcher<ActorRef>;
  titleMatcher: PhraseMatcher<TitleEntry>;
  groupMatcher: PhraseMatcher<GroupNounEntry>;
  placeMatcher: PhraseMatcher<PlaceEntry>;
  anaphorMatcher: PhraseMatcher<AnaphorEntry>;
  /** Keyed on lemmas. */
  speechMatcher: PhraseMatcher<SpeechCue>;
  eventMatcher: PhraseMatcher<EventTrigger>;
  supportMatcher: PhraseMatcher<SupportVerb>;
  modality: Modality;
  negotiation: NegotiationLexicon;
  disputes: DisputeLexicon;
  proposals: ProposalLexicon;
  recipients: RecipientLexicon;
  territory: TerritoryLexicon;
  /** Keyed on lemmas: stance verbs ("accept", "say yes to") and demand verbs ("want", "insist on"). */
  stanceMatcher: PhraseMatcher<{ lemma: string; stance: string }>;
  demandMatcher: PhraseMatcher<{ lemma: string; polarity: string }>;
  proposingMatcher: PhraseMatcher<string>;
}
