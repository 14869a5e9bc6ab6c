// Echt's own words in English: why a phrase may land badly, what to say instead, the
// phrase deck, and the concrete offers that fit what a draft is about. Written for chat:
// short, concrete, with [slots] the user fills in. Plain data.
import type { OccasionWording, Wording } from '../knowledge';

const CONCRETE_HELP = [
  'Could I take [task] off your plate this week?',
  'Shall I bring you lunch on [day]?',
  'I can cover [meeting] for you{, name}. Shall I?',
  "I'll pick up [task] today, unless you'd rather keep it.",
];
const LISTEN = [
  'Do you want me to just listen, or help think it through?',
  'That sounds like a lot. Do you want to tell me more?',
  'It sounds like [what you heard]. Did I get that right?',
  "I'm here to listen{, name}. No advice unless you want some.",
];
const STAY_WITH_THEM = [
  'That sounds really hard. How are you holding up?',
  "I'd like to hear more about it, if you want to share.",
  'What has been the hardest part for you?',
];
const ACKNOWLEDGE = [
  "That sounds really hard. I'm sorry.",
  "That's rough{, name}. I'm glad you told me.",
  "That's a lot to carry. I'm thinking of you.",
];
const ASK_FOR_REAL = [
  'How are you really doing{, name}?',
  "How's your week been, honestly?",
  'How are you doing with everything around [situation]?',
];
const ASK_FOR_HELP = [
  "Could you take [task] this week? I'm at my limit.",
  'Would you have 15 minutes to help me with [task]?',
  'Honestly, I could use a hand with [task].',
];
const NO_REPLY_NEEDED = [
  'Thinking of you{, name}. No need to reply.',
  "No need to answer. I just wanted you to know I'm here.",
  "I'll check in again on [day]. No pressure at all.",
];

const EN_DECK: Wording['deck'] = {
  'check-in': [...ASK_FOR_REAL.slice(0, 2), 'Coffee this week{, name}? No agenda, just catching up.'],
  'concrete-help': CONCRETE_HELP,
  listening: [...LISTEN.slice(0, 1), ...STAY_WITH_THEM.slice(0, 2)],
  'no-reply-needed': NO_REPLY_NEEDED,
  'asking-for-help': ASK_FOR_HELP,
};

/**
 * What a draft may be about, checked in this order (a sick child before illness), and the
 * offer that fits it. Each offer is one easy yes, short enough for a chat line.
 */
const OCCASIONS: readonly OccasionWording[] = [
  {
    occasion: 'sick-children',
    words: [
      '(?:kid|kids|child|children|son|daughter|toddler|little one|baby)\\b[^.!?\\n]{0,40}\\b(?:sick|ill|poorly|unwell|fever|flu|vomiting|hospital|chicken ?pox)',
      'sick (?:kid|kids|child|children|son|daughter|toddler)|daycare (?:called|sent)',
    ],
    offer: 'Shall I cover your afternoon so you can be home with the kids?',
  },
  {
    occasion: 'funeral',
    words: [
      'funeral|memorial|cremation|condolences|passed (?:away|on)|died|your loss|griev(?:e|ing)|grief|bereavement',
    ],
    offer: 'Shall I cover your work on the day of the funeral?',
  },
  {
    occasion: 'newborn',
    words: [
      'newborn|new ?born|the baby|a baby|your baby|little one|paternity|maternity|parental leave|gave birth|was born|birth',
    ],
    offer: 'Can I drop off a meal for you this week?',
  },
  {
    occasion: 'illness',
    words: [
      'hospital|surgery|operation|chemo|cancer|diagnos(?:is|ed)|ill|illness|sick|flu|covid|recover(?:y|ing)|doctor|treatment|biopsy|scan results?|migraine|injur(?:y|ed)',
    ],
    offer: 'I can cover your meetings this week so you can rest. Want me to?',
  },
  {
    occasion: 'move',
    words: [
      'moving|the move|mov(?:e|ed) (?:house|out|in)|new (?:house|flat|apartment|place)|boxes|packing|relocat(?:e|ing|ion)|landlord',
    ],
    offer: 'Shall I come and help you carry boxes on Saturday?',
  },
  {
    occasion: 'exams',
    words: ['exams?|finals|studying|revision|thesis|dissertation|resits?'],
    offer: 'Shall I take [task] off your plate until your exams are done?',
  },
  {
    occasion: 'deadline',
    words: ['deadlines?|due (?:date|tomorrow|friday|monday|today)|crunch|submission|the launch'],
    offer: 'Could I take [task] off your plate before the deadline?',
  },
  {
    occasion: 'bad-review',
    words: [
      '(?:bad|tough|harsh|rough|negative|poor|awful) (?:performance )?(?:review|feedback|appraisal)|review (?:went|was) (?:badly|bad|rough|awful|harsh)|performance review|appraisal|pip|performance improvement plan',
    ],
    offer: 'Shall we go through the feedback together over a coffee?',
  },
];

export const EN_WORDING: Wording = {
  why: {
    'vague-offer': 'An open offer leaves the asking to them; one concrete offer is easy to say yes to.',
    advice: 'Advice nobody asked for can feel like being fixed; asking first lets them choose.',
    comparison: 'Your own story moves the focus to you; staying with theirs shows you are listening.',
    minimizing: 'A bright side can make their feelings sound too big; saying that it is hard helps more.',
    'shallow-checkin': 'A quick "how are you" gets a quick "fine"; a real question invites a real answer.',
    'self-silencing': 'Asking early for one specific thing is easier than carrying it all alone.',
    'reply-pressure':
      'Someone who is struggling may have no energy to answer; saying they need not takes the pressure off.',
    personal: 'You gave Echt your own words for this phrase.',
  },
  suggestions: {
    'vague-offer': CONCRETE_HELP,
    advice: LISTEN,
    comparison: STAY_WITH_THEM,
    minimizing: ACKNOWLEDGE,
    'shallow-checkin': ASK_FOR_REAL,
    'self-silencing': ASK_FOR_HELP,
    'reply-pressure': NO_REPLY_NEEDED,
  },
  deck: EN_DECK,
  occasions: OCCASIONS,
  registers: [],
};
