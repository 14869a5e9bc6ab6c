// Who is in a meeting besides the user, how the user answered, and whether it is a meeting
// to check in before at all. Read from the ORGANIZER and ATTENDEE properties when a query
// needs them, so reading a feed does not build people nobody asks about.
import { type JcalProperty, parameter, valueAt } from './jcal';
import type { OccurrenceStatus, Person, SelfResponse, SkipReason } from './types';

/** A lower-case address without "mailto:", or null when `value` is not an email address. */
function emailOf(value: string | null): string | null {
  if (value === null) return null;
  let address = value.trim();
  if (/^mailto:/i.test(address)) address = address.slice(7).trim();
  const at = address.indexOf('@');
  const plain = at > 0 && at < address.length - 1 && address.indexOf('@', at + 1) === -1 && !/\s/.test(address);
  return plain ? address.toLowerCase() : null;
}

const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE']);

const RESPONSES: Readonly<Record<string, SelfResponse>> = {
  ACCEPTED: 'accepted',
  TENTATIVE: 'tentative',
  DECLINED: 'declined',
  DELEGATED: 'delegated',
};

/** How a participant is told apart: their address, else their value in lower case. */
interface Identity {
  readonly key: string;
  readonly email: string | null;
}

export interface Company {
  /** Frozen: shared by every occurrence of the event in one result. */
  readonly others: readonly Person[];
  readonly selfResponse: SelfResponse;
}

/**
 * The people of one query. A colleague is in many meetings: their address is read once and
 * one frozen Person stands for them wherever the invitation names them the same way.
 */
export class Directory {
  readonly #self: ReadonlySet<string>;
  readonly #identities = new Map<string, Identity>();
  readonly #people = new Map<string, Person>();

  /** `self`: the user's addresses, in any case, with or without "mailto:". */
  constructor(self: readonly string[]) {
    this.#self = new Set(self.map((address) => emailOf(address) ?? address.trim().toLowerCase()));
  }

  isSelf(who: Identity): boolean {
    return this.#self.has(who.key);
  }

  identityOf(property: JcalProperty): Identity {
    const raw = valueAt(property);
    const value = typeof raw === 'string' ? raw : '';
    const known = this.#identities.get(value);
    if (known) return known;
    const email = emailOf(value);
    if (email !== null) {
      const who = { key: email, email };
      this.#identities.set(value, who);
      return who;
    }
    // A value that is no address may have one in an EMAIL parameter, which differs per property.
    const alternative = emailOf(parameter(property, 'email'));
    return alternative === null
      ? { key: value.trim().toLowerCase(), email: null }
      : { key: alternative, email: alternative };
  }

  personOf(who: Identity, name: string): Person {
    const known = this.#people.get(who.key);
    if (known?.name === name) return known;
    const person = Object.freeze(who.email === null ? { name } : { name, email: who.email });
    if (!known) this.#people.set(who.key, person);
    return person;
  }
}

function isPerson(property: JcalProperty): boolean {
  const kind = parameter(property, 'cutype');
  return kind === null || !NOT_PEOPLE.has(kind.toUpperCase());
}

/** Adds a participant unless already there; an entry with a name replaces one without. */
function add(people: Map<string, Person>, who: Identity, property: JcalProperty, directory: Directory): void {
  const known = people.get(who.key);
  if (known && known.name !== known.email) return;
  const cn = parameter(property, 'cn');
  if (known && cn === null) return;
  const name = cn ?? who.email;
  if (name !== null) people.set(who.key, directory.personOf(who, name));
}

/**
 * The organizer and attendees other than the user, organizer first, each once, without
 * rooms and resources, and without attendees who declined; and the user's own answer.
 */
export function companyOf(
  organizer: JcalProperty | null,
  attendees: readonly JcalProperty[],
  directory: Directory,
): Company {
  const people = new Map<string, Person>();
  let declined: string[] | null = null;
  let selfResponse: SelfResponse = null;

  if (organizer && isPerson(organizer)) {
    const who = directory.identityOf(organizer);
    if (directory.isSelf(who)) selfResponse = 'organizer';
    else add(people, who, organizer, directory);
  }
  for (const attendee of attendees) {
    if (!isPerson(attendee)) continue;
    const who = directory.identityOf(attendee);
    const response = parameter(attendee, 'partstat')?.toUpperCase() ?? '';
    if (directory.isSelf(who)) selfResponse = RESPONSES[response] ?? 'needs-action';
    else if (response === 'DECLINED') {
      declined ??= [];
      declined.push(who.key);
    } else add(people, who, attendee, directory);
  }
  for (const key of declined ?? []) people.delete(key);
  return { others: Object.freeze([...people.values()]), selfResponse };
}

/** The first reason, in this order, that this is not a meeting to check in before. */
export function skipReason(
  status: OccurrenceStatus,
  company: Company,
  allDay: boolean,
  multiDay: boolean,
  maxPeople: number,
): SkipReason | null {
  if (status === 'cancelled') return 'cancelled';
  if (company.selfResponse === 'declined' || company.selfResponse === 'delegated') return 'declined';
  if (allDay) return 'all-day';
  if (multiDay) return 'multi-day';
  if (company.others.length === 0) return 'no-others';
  if (company.others.length + 1 > maxPeople) return 'too-many';
  return null;
}
