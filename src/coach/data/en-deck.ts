// Echt's own lines in English for each kind of phrase, and the phrase deck built from
// them: apart from the rest of the wording (en-wording.ts), so a page that shows the deck
// (the popup) does not carry the coach's offers and patterns. Plain data.
import type { Wording } from '../knowledge';

export const CONCRETE_HELP = [
  'Could I take [task] off your plate this week?',
  'Shall I bring you lunch on [day]?',
  'I can cover [meeting] for you{, name}. Shall I?',
  "I'll pick up [task] today, unless you'd rather keep it.",
];
export const LISTEN = [
  'Do you want me to just listen, or help think it through?',
  'That sounds like a lot. Do you want to tell me more?',
  'It sounds like [what you heard]. Did I get that right?',
  "I'm here to listen{, name}. No advice unless you want some.",
];
export const STAY_WITH_THEM = [
  'That sounds really hard. How are you holding up?',
  "I'd like to hear more about it, if you want to share.",
  'What has been the hardest part for you?',
];
export const ACKNOWLEDGE = [
  "That sounds really hard. I'm sorry.",
  "That's rough{, name}. I'm glad you told me.",
  "That's a lot to carry. I'm thinking of you.",
];
export const ASK_FOR_REAL = [
  'How are you really doing{, name}?',
  "How's your week been, honestly?",
  'How are you doing with everything around [situation]?',
  'How are you really?',
];
export const ASK_FOR_HELP = [
  "Could you take [task] this week? I'm at my limit.",
  'Would you have 15 minutes to help me with [task]?',
  'Honestly, I could use a hand with [task].',
];
export const NO_REPLY_NEEDED = [
  'Thinking of you{, name}. No need to reply.',
  "No need to answer. I just wanted you to know I'm here.",
  "I'll check in again on [day]. No pressure at all.",
];

export const EN_DECK: Wording['deck'] = {
  'check-in': [...ASK_FOR_REAL.slice(0, 2), 'Coffee this week{, name}? No agenda, just catching up.'],
  'concrete-help': CONCRETE_HELP,
  listening: [...LISTEN.slice(0, 1), ...STAY_WITH_THEM.slice(0, 2)],
  'no-reply-needed': NO_REPLY_NEEDED,
  'asking-for-help': ASK_FOR_HELP,
};
