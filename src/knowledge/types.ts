/** The knowledge base: everything read from data/ (formats in docs/dictionaries.md). */
import type { TaggerLexicon } from '../nlp/repair.js';
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
  /**
   * A noun for a state's ground, sea or sky, not its people ("Venezuelan soil", "Polish
   * airspace", "Russia's territory"): with a demonym or a country's name it is a place of that
   * state, where a strike lands, never an actor.
   */
  place?: boolean;
  /**
   * The noun names a state's army ("Sudanese soldiers", "Lebanese troops"): with a demonym it is
   * the force the dictionary names for that state (the SAF, the LAF), when it names one.
   */
  army?: boolean;
  /** A noun that names people only with an owner ("members of the gang", "Hamas members"), never alone. */
  needs_owner?: boolean;
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
  /** The cue reports speech only when it names something ("what it called", "calling it a crime"). */
  naming?: boolean;
  /** For "citing": head nouns of a cited source ("citing a Kremlin source"), who then is the speaker. */
  source_heads?: string[];
  /** Heads of what a source phrase may name that speaks for nobody ("according to diplomats and satellite imagery"). */
  not_source_heads?: string[];
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
  /**
   * Object heads that mean another sense only with a purpose infinitive after them: "approved a plan
   * to take the city" is the actor's own plan, "approved a plan the US put forward" a proposal.
   */
  object_purpose_not?: string[];
  /**
   * With a that-clause and no actor object, only when the clause's subject is the actor's own side
   * ("warned that the group would fight", not "warned that Moscow was preparing an offensive").
   */
  clause_subject_own?: boolean;
  /** Not when the object is followed by what it is called ("calling it unjust", "called them a threat"). */
  naming_not?: boolean;
  /**
   * Only when the object (for a passive verb, the subject; for a noun, its "of" complement) has one
   * of these head lemmas, or is a gazetteer place of type "place:TYPE" ("seized the town" is
   * ASSAULT, "paused funding" SANCTION). Such entries are tried before the unconstrained senses of
   * the same words.
   */
  object_in?: string[];
  /** Only when one of these lemmas follows the trigger in its clause ("designated X as a terrorist group"). */
  clause_has?: string[];
  /** Only when the subject's head noun has one of these lemmas ("protesters gathered"). */
  subject_in?: string[];
  /** A noun that fires only with a support verb ("launched a naval mission", not "the naval mission said"). */
  support_only?: boolean;
  /** The subject is the recipient and the object the actor (a host receives visitors). */
  swap_roles?: boolean;
  /**
   * The type when the act is reported as done rather than promised: PLOVER files sanctions
   * lifted under RETREAT and sanctions to be lifted under CONCEDE.
   */
  done_as?: string;
  /** A naming verb that fires only when it calls its object a word of this list in labels.json. */
  labels?: string;
  /** Said of its subject by a speaker, who is the actor ("X will pay a heavy price"): the subject is the recipient. */
  speaker_is_actor?: boolean;
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
  /** Adjectives of readiness before "to" ("ready to meet"): offering talks is agreeing to them. */
  readiness?: string[];
  /** Nouns of intention held with "have" ("has no intention of invading", "has no plans to attack"): the holder acts, in the future. */
  intention_nouns?: string[];
  /** Documents whose participles speak for their issuer ("a resolution calling on", "a statement urging"). */
  speaking_documents?: string[];
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
  /** Types, trigger modes and lemmas whose target may be the state where the event happens. */
  location_types?: string[];
  location_modes?: string[];
  location_lemmas?: string[];
  /** Verbs whose subject provoked their object ("drew condemnation from X"): the reaction's target. */
  reaction_verbs?: string[];
  /** Hostile types whose target, when unnamed, is whoever the actor accuses in the same breath. */
  accused_target_types?: string[];
  /** Participles whose agent is a third party to the event noun ("a truce mediated by Qatar"). */
  third_party_verbs?: string[];
  /** Subject nouns that name a weapon or an anonymous attacker ("Drones struck ..."): force with no named perpetrator. */
  weapon_subjects?: string[];
  /** Nouns that count or bundle what follows "of" ("a package of sanctions"): the object's head is past them. */
  container_nouns?: string[];
  /** Nouns that, set after a clause with a comma ("..., a move Beirut condemned"), rename what it did. */
  appositive_nouns?: string[];
  /** "each other", "one another": an object that makes a pair's one-way act one event per side. */
  reciprocal_objects?: string[];
  /** Verbs ("traded accusations") that make an event noun of reciprocal_types mutual. */
  reciprocal_verbs?: string[];
  reciprocal_types?: string[];
  /** Verbs of fighting an attack off ("repelled an RSF assault"): the attacked side strikes back at the attackers. */
  repel_verbs?: string[];
  /** Types whose recipient, left open, is the reporting speaker's side when the speaker is another party. */
  speaker_counterpart_types?: string[];
  /** Speakers' sectors that report or comment rather than act (media, experts): nobody's counterpart. */
  non_party_sectors?: string[];
  /** Types aimed at the object of a purpose infinitive after them ("fired tear gas to disperse them"). */
  purpose_target_types?: string[];
  purpose_target_verbs?: string[];
  /** Words of a threat to hit back, and the hostile types it answers ("and Tehran vowed a severe response"). */
  retaliation_words?: string[];
  retaliation_provoking_types?: string[];
  /** Stances aimed at the "by" agent of the act they name ("condemned the sinking of the ship by the Houthis"). */
  agent_target_types?: string[];
  /** Participles with "by" that name whose the object is ("a ship operated by X"): an act on it is aimed at X. */
  owner_participles?: string[];
  /** Buildings whose owner a protest at them is aimed at ("outside the British embassy"). */
  facility_nouns?: string[];
  /** Victims who make a state's force on its own ground aimed at its own people ("killed civilians in Syria's coastal region"). */
  home_victims?: string[];
  /** Crowd-control force ("fired tear gas"): with no target named, aimed at the crowd of a protest in the sentence. */
  crowd_control_lemmas?: string[];
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

export interface NominalLexicon {
  /** "a wave of strikes", "days of clashes": a head whose "of" phrase is the event itself, not its topic. */
  partitive_nouns?: string[];
  /** "Talks will resume", "the summit did not take place": predicates whose modes an event noun subject takes. */
  occurrence_verbs?: string[];
  /** "repelled an RSF assault", "came under attack": verbs whose subject is the attack noun's target. */
  target_subject_verbs?: string[];
  /** "a complaint over Israeli violations": prepositions naming an accusation noun's grievance. */
  accusation_topic_preps?: string[];
  /** "put its mediation on hold": phrases that suspend an event noun, and the type the suspension has. */
  suspension_phrases?: string[];
  suspended_types?: Record<string, string>;
  /** "flew to Doha for talks with ...": verbs whose "for" phrase names talks held. */
  trip_verbs?: string[];
  /** Approval participles coded after a noun with their "by" agent ("a move welcomed by Riyadh"). */
  stance_participles?: string[];
  /** "responded by deploying warships": verbs whose "by" gerund is the same actor's means. */
  means_by_verbs?: string[];
}

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
  /** Word lists by name (labels.json): what calling something by them does ("accuse", "reject"). */
  labels: Record<string, string[]>;
  /** Event nouns in noun phrases (nominal.json): partitive heads before them. */
  nominal: NominalLexicon;
  /** Keyed on lemmas: stance verbs ("accept", "say yes to") and demand verbs ("want", "insist on"). */
  stanceMatcher: PhraseMatcher<{ lemma: string; stance: string }>;
  demandMatcher: PhraseMatcher<{ lemma: string; polarity: string }>;
  proposingMatcher: PhraseMatcher<string>;
  /** Event verbs whose part-of-speech slips the tagger repair may mend (nlp/repair.ts). */
  tagger: TaggerLexicon;
}
