import { describe, expect, it } from 'vitest';
import { findByEmail, normalizeEmail, type Person, searchPeople } from '../../../src/people';
import { indexByEmail } from '../../../src/people/search';

function person(name: string, emails: string[] = []): Person {
  return { id: name, name, emails, notes: '', askAbout: [], addedAt: 0 };
}

const people = [
  person('Sofié Claes', ['sofie.claes@example.be']),
  person('Jan-Willem Ĳzerman', ['jw@example.nl']),
  person('Søren Ødegaard'),
  person('Anna Sofie Jansen'),
  person('Mats Peeters'),
];

const names = (found: Person[]) => found.map((p) => p.name);

describe('searchPeople', () => {
  it('ignores case and accents: "sofie" finds Sofié', () => {
    expect(names(searchPeople(people, 'sofie'))).toEqual(['Sofié Claes', 'Anna Sofie Jansen']);
    expect(names(searchPeople(people, 'SOFIÉ'))).toEqual(['Sofié Claes', 'Anna Sofie Jansen']);
  });

  it('matches letters Unicode does not split, and the Dutch ĳ', () => {
    expect(names(searchPeople(people, 'soren'))).toEqual(['Søren Ødegaard']);
    expect(names(searchPeople(people, 'ijzer'))).toEqual(['Jan-Willem Ĳzerman']);
  });

  it('finds every word, in any order, best matches first', () => {
    expect(names(searchPeople(people, 'jansen sof'))).toEqual(['Anna Sofie Jansen']);
    expect(names(searchPeople(people, 'willem'))).toEqual(['Jan-Willem Ĳzerman']);
    expect(names(searchPeople(people, 'eter'))).toEqual(['Mats Peeters']);
  });

  it('also finds people by e-mail, and lists everyone for an empty query', () => {
    expect(names(searchPeople(people, 'jw@'))).toEqual(['Jan-Willem Ĳzerman']);
    expect(searchPeople(people, '  ')).toHaveLength(people.length);
    expect(searchPeople(people, 'nobody')).toEqual([]);
  });
});

describe('e-mail matching', () => {
  it('normalises an address the way calendars write it', () => {
    expect(normalizeEmail('MAILTO:Sofie.Claes@Example.BE')).toBe('sofie.claes@example.be');
    expect(normalizeEmail('<sam@example.nl>')).toBe('sam@example.nl');
    expect(normalizeEmail('not an address')).toBeUndefined();
  });

  it('finds the person behind an attendee address', () => {
    expect(findByEmail(people, 'mailto:SOFIE.CLAES@example.be')?.name).toBe('Sofié Claes');
    expect(findByEmail(people, 'someone@example.be')).toBeUndefined();
    expect(indexByEmail(people).get('jw@example.nl')?.name).toBe('Jan-Willem Ĳzerman');
  });
});
