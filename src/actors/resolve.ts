/**
 * Turning dictionary entries into the record's actor objects, with the role in force on the
 * article's date ("Antony Blinken" in 2024 is the US Secretary of State).
 */
import type { Actor } from '../model/records.js';
import type { CountryEntry, Knowledge, OrgEntry, PersonEntry, RoleSpanEntry } from '../knowledge/types.js';

export function roleOnDate(person: PersonEntry, date: string | null, title: string | null = null): { role: RoleSpanEntry; former: boolean } | null {
  const roles = person.roles ?? [];
  if (roles.length === 0) return null;
  if (date) {
    const current = roles.filter((r) => (!r.start || r.start <= date) && (!r.end || r.end >= date));
    if (current.length > 0) {
      // The office the text names ("army chief Abdel Fattah al-Burhan", who also chairs the
      // council) is the one the person acts in here.
      const named = title ? current.find((r) => sameTitle(r.title, title)) : undefined;
      if (named) return { role: named, former: false };
      // Otherwise the most recently started office is the one the news names.
      current.sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
      return { role: current[0]!, former: false };
    }
    const past = roles.filter((r) => r.end && r.end < date).sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''));
    // "its leader Hassan Nasrallah" the day after his death: a text that gives the office (and
    // not "former") speaks of the person in it.
    if (past.length > 0) return { role: past[0]!, former: title === null };
    return null;
  }
  const sorted = [...roles].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  return { role: sorted[0]!, former: false };
}

function sameTitle(office: string, title: string): boolean {
  const a = office.toLowerCase();
  const b = title.toLowerCase().trim();
  return b.length > 0 && a === b;
}

/** Country of an organisation or state id. */
export function countryOf(kb: Knowledge, id: string | null | undefined): string | null {
  if (!id) return null;
  if (kb.countries.has(id)) return id;
  return kb.orgs.get(id)?.country ?? null;
}

export function personActor(kb: Knowledge, text: string, person: PersonEntry, date: string | null, title: string | null = null): Actor {
  const r = roleOnDate(person, date, title);
  return {
    text,
    id: person.id,
    name: person.name,
    country: r ? countryOf(kb, r.role.org) : null,
    sector: r ? (r.role.sector ?? kb.orgs.get(r.role.org ?? '')?.sector ?? null) : null,
    role: r ? (r.former ? `former ${r.role.title}` : r.role.title) : null,
    org: r && !r.former ? r.role.org : null,
  };
}

export function countryActor(text: string, c: CountryEntry, sector: string | null = null, role: string | null = null): Actor {
  return { text, id: c.id, name: c.name, country: c.id, sector, role };
}

export function orgActor(text: string, o: OrgEntry, role: string | null = null): Actor {
  const a: Actor = { text, id: o.id, name: o.name, country: o.country ?? null, sector: o.sector ?? null, role };
  if (o.parent) a.org = o.parent;
  return a;
}

/** The party an actor speaks or acts for: a person's organisation or state, else the actor itself. */
export function partyKey(a: Actor): string {
  if (a.org) return a.org;
  if (a.id && a.id === a.id.toUpperCase()) return a.id;
  if (a.country) return a.country;
  return a.id ?? (a.name ?? a.text).toLowerCase();
}

/** Same referent? Compares ids, then names for actors outside the dictionary. */
export function sameActor(a: Actor, b: Actor): boolean {
  if (a.id && b.id) return a.id === b.id;
  if (a.id || b.id) return false;
  return (a.name ?? a.text).toLowerCase() === (b.name ?? b.text).toLowerCase();
}
