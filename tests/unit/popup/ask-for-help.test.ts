import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { HELP_NEEDS, helpSentence } from '../../../src/ui/popup/ask-for-help';
import { addressee } from '../../../src/ui/popup/names';
import { SAM } from './fixtures';

const en = translator('en');
const nl = translator('nl');

describe('helpSentence', () => {
  it('asks for one specific thing, with a slot for the detail', () => {
    expect(helpSentence(en, 'task')).toBe("Could you take [task] over? I'm at my limit this week.");
    expect(helpSentence(en, 'task', 'Sam')).toBe("Could you take [task] over, Sam? I'm at my limit this week.");
  });

  it('speaks informal Dutch', () => {
    expect(helpSentence(nl, 'task', 'Sam')).toBe(
      'Kun jij [taak] van me overnemen, Sam? Ik zit deze week aan mijn grens.',
    );
    expect(helpSentence(nl, 'listen')).toBe(
      'Heb je [dag] tijd voor een kop koffie? Ik kan wel iemand gebruiken die even luistert.',
    );
  });

  it('has a short sentence with a slot for every need, in both languages', () => {
    for (const t of [en, nl]) {
      for (const need of HELP_NEEDS) {
        const sentence = helpSentence(t, need, 'Sam');
        expect(sentence).toMatch(/\[[^\]]+\]/);
        expect(sentence).toContain(', Sam');
        expect(sentence.length).toBeLessThan(120);
      }
    }
  });
});

describe('addressee', () => {
  it("uses a known person's first name, and anything else as typed", () => {
    expect(addressee('sam peeters', [SAM])).toBe('Sam');
    expect(addressee('  Priya ', [SAM])).toBe('Priya');
    expect(addressee('   ', [SAM])).toBeUndefined();
  });
});
