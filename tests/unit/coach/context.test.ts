// Precision before recall: work talk stays silent, and advice, comparison and minimising
// only count where the draft shows someone is going through something hard.
import { describe, expect, it } from 'vitest';
import { detect, found } from './helpers';

describe('work chat stays silent', () => {
  it.each([
    'you should just rebase',
    'I had the same error',
    "how's the deploy going?",
    'just now',
    'at least three reviewers',
    'Hoe gaat het met de deploy?',
    'Ik had dezelfde foutmelding',
    'Minstens drie reviewers',
    'nvm, found it',
    'Laat maar, gevonden.',
    "I'll manage the release this week.",
    'Ik red het wel om de hotfix vandaag uit te rollen.',
  ])('%s', (text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('a short reply or a greeting is no phrase', () => {
  // Short check-ins ("u ok", "you good?") look like the shortest replies: the model alone
  // must not flag a sentence that neither asks nor speaks to someone.
  it.each([
    'ok',
    'okay',
    'OK!',
    'ok cool',
    'sounds good',
    'all good',
    'good',
    'hey',
    'yo',
    'oké',
    'prima',
    'is goed',
    'klinkt goed',
    'helemaal goed',
    'hoi',
  ])('%s', (text) => {
    expect(detect(text)).toEqual([]);
  });

  it.each(['no worries!', 'same here', 'me too', 'it happens', 'komt goed', 'zelfde hier'])(
    'a draft of a few words with no hard time in it is not read as more than a check-in: %s',
    (text) => {
      expect(detect(text)).toEqual([]);
    },
  );

  it('still reads a few words that show a hard time, or that a rule knows', () => {
    expect(found('been there 😔').map(([kind]) => kind)).toEqual(['comparison']);
    expect(found('chin up!').map(([kind]) => kind)).toEqual(['minimizing']);
    expect(found('kop op').map(([kind]) => kind)).toEqual(['minimizing']);
  });

  it('still finds the shortest check-ins that ask or speak to someone', () => {
    for (const text of ['you good?', 'u ok', 'all good?', 'how are you?', 'hru', 'alles goed?', 'hoe gaat het?'])
      expect(
        found(text).map(([kind]) => kind),
        text,
      ).toEqual(['shallow-checkin']);
  });
});

describe('context decides', () => {
  // A sentence on its own, with nothing around it, is the model's call: people reply to a
  // sad message without repeating it. What the words around it say must still count.
  it('finds a silver lining only when someone is having a hard time', () => {
    expect(found('At least it’s Friday, see you all at the retro.')).toEqual([]);
    expect(found('So sorry about your grandad. At least it’s Friday!')).toEqual([
      ['minimizing', 'At least it’s Friday!'],
    ]);
    expect(found('Gelukkig is het bijna weekend, tot straks bij de retro.')).toEqual([]);
    expect(found('Gecondoleerd. Gelukkig is het bijna weekend!')).toEqual([
      ['minimizing', 'Gelukkig is het bijna weekend!'],
    ]);
  });

  it('does not take sympathy about work for a hard time', () => {
    expect(found('Sorry to hear the build broke. At least it’s Friday.')).toEqual([]);
    // Once a known miss of the model: a rule that needs a hard time now vetoes it in work talk.
    expect(found('Wat rot dat de build weer faalt. Gelukkig is het bijna weekend.')).toEqual([]);
  });

  it('lets work talk put a phrase in doubt, not out of reach', () => {
    // A hard time the rules have no word for, beside work: until round 9 a veto, now the
    // model must be all but sure ("at least it's Friday" after a broken build stays silent).
    const draft =
      'PR looks good, merged.\n\nAlso, sorry your quarter review went badly. You should really get a career coach, honestly.';
    expect(found(draft)).toEqual([['advice', 'You should really get a career coach']]);
  });

  it('underlines the whole question when part of it reads as little alone', () => {
    // "hoe is 't" alone has no question mark; the underline used to cover only the rest.
    expect(found("hoe is 't, alles oké met je moeder?")).toEqual([
      ['shallow-checkin', "hoe is 't, alles oké met je moeder?"],
    ]);
  });

  it('finds "let me know if you need anything for <something>"', () => {
    expect(found('So sorry about the funeral. Let me know if you need anything for the funeral plans, Sam.')).toEqual([
      ['vague-offer', 'Let me know if you need anything for the funeral plans'],
    ]);
  });

  it('keeps advice about work out of a support message', () => {
    expect(found("Sorry you're stressed. You should just rebase onto main.")).toEqual([]);
    expect(found("Sorry you're stressed. You should just take the day off.")).toEqual([
      ['advice', 'You should just take the day off.'],
    ]);
  });

  it('tells a shared error from a shared hard time', () => {
    expect(found('I had the same error last year.')).toEqual([]);
    expect(found('So sorry about your burnout. I had the same thing last year.')).toEqual([
      ['comparison', 'I had the same thing last year.'],
    ]);
  });

  it('leaves phrases alone when the user says they will not use them', () => {
    expect(found("So sorry about your grandad. I won't say at least it’s Friday.")).toEqual([]);
    expect(found('I won’t pretend I know how you feel.')).toEqual([]);
    expect(found('Ik ga niet zeggen dat het wel meevalt. Gecondoleerd.')).toEqual([]);
    expect(found('Ik ga je niet vertellen dat je moet ontspannen.')).toEqual([]);
  });

  // An appointment reads like work talk, so the offer's rule counts less: the model must be
  // sure enough on its own (a known miss until round 7).
  it('finds a vague offer after good luck for an appointment', () => {
    expect(found('succes met de afspraak bij de IND morgen! laat maar weten als je iets nodig hebt')).toEqual([
      ['vague-offer', 'laat maar weten als je iets nodig hebt'],
    ]);
  });

  it('only counts the thought after a "but"', () => {
    expect(found("I can't be there but let me know if you need anything.")).toEqual([
      ['vague-offer', 'let me know if you need anything.'],
    ]);
  });

  it('treats a how-are-you as a reflex only when nothing more is asked', () => {
    expect(found('How are you?')).toEqual([['shallow-checkin', 'How are you?']]);
    expect(found('How are you really?')).toEqual([]);
    expect(found('How are you feeling after the surgery?')).toEqual([]);
    expect(found('How are you holding up?')).toEqual([]);
    expect(found('Hoe gaat het nu echt met je?')).toEqual([]);
  });

  it('lets a greeting pass when the message is a work request', () => {
    expect(found('Hi team, how are you? PR 12 needs a review.')).toEqual([]);
    expect(found('Hoi Sam, alles goed? Kun je naar PR 482 kijken?')).toEqual([]);
  });

  it('does not count "I\'ll manage" when something follows that is being managed', () => {
    expect(found('I’ll manage the release notes.')).toEqual([]);
  });

  it('reads "thanks, I’ll manage" as keeping quiet', () => {
    expect(found('Thanks, I’ll manage.')).toEqual([['self-silencing', 'I’ll manage.']]);
  });

  it('lets the asker off when they do ask after all', () => {
    expect(found("I don't want to bother you, but could you take the Friday call?")).toEqual([]);
    expect(found('Ik wil je niet lastigvallen, maar kun jij vrijdag het klantgesprek doen?')).toEqual([]);
  });
});

// Misses of the model trained across writers (issue 13): each `it.fails` passes while the
// model still gets it wrong, and fails the day a retrain gets it right, so it is then moved
// back into the tests above. Cross-writer figures and these are in INTERNALS.md.
describe('known misses of the current model', () => {
  // The writers label a loss told right after someone else's as a comparison, often with no
  // "too" or "same"; told first and on its own, as here, it is the writer's own news.
  it.fails('does not take the writer’s own news for a comparison', () => {
    expect(found('Ugh, my cat died. Cheer up, at least you still have the dog.')).toEqual([
      ['minimizing', 'Cheer up, at least you still have the dog.'],
    ]);
  });
});
