// Echt's own words in Dutch (informal "je"): why a phrase may land badly, what to say
// instead, and the phrase deck. Written for chat: short, concrete, with [slots] to fill in.
import type { Deck, Phrasing } from './phrasing';

const CONCRETE_HELP = [
  'Zal ik [taak] deze week van je overnemen?',
  'Zal ik [dag] lunch voor je meenemen?',
  'Ik kan [overleg] voor je overnemen{, name}. Zal ik dat doen?',
  'Ik pak [taak] vandaag op, tenzij je het liever zelf houdt.',
];
const LISTEN = [
  'Wil je dat ik gewoon luister, of zal ik meedenken?',
  'Dat klinkt als veel. Wil je er meer over vertellen?',
  'Het klinkt alsof [wat je hoorde]. Klopt dat?',
  'Ik luister{, name}. Advies alleen als je dat wilt.',
];
const STAY_WITH_THEM = [
  'Dat klinkt echt zwaar. Hoe hou je het vol?',
  'Ik hoor graag meer, als je het wilt vertellen.',
  'Wat is voor jou het zwaarste eraan?',
];
const ACKNOWLEDGE = [
  'Wat zwaar, en wat rot voor je.',
  'Dat is echt balen{, name}. Fijn dat je het me vertelt.',
  'Dat is veel om te dragen. Ik ben er.',
];
const ASK_FOR_REAL = [
  'Hoe is het echt met je{, name}?',
  'Hoe gaat het nu echt met je?',
  'Hoe gaat het met alles rond [situatie]?',
];
const ASK_FOR_HELP = [
  'Zou jij [taak] deze week kunnen overnemen? Ik zit aan mijn grens.',
  'Heb je een kwartiertje om me te helpen met [taak]?',
  'Eerlijk gezegd kan ik wel wat hulp gebruiken bij [taak].',
];
const NO_REPLY_NEEDED = [
  'Ik denk aan je{, name}. Je hoeft niet te reageren.',
  'Geen antwoord nodig, ik wilde je gewoon laten weten dat ik er ben.',
  'Ik app je [dag] nog even; je hoeft niks terug te doen.',
];

export const NL_PHRASING: Phrasing = {
  why: {
    'vague-offer': 'Een open aanbod legt het vragen bij de ander; één concreet aanbod is makkelijk om ja op te zeggen.',
    advice:
      'Ongevraagd advies voelt al snel als een oplossing waar niemand om vroeg; eerst vragen laat de ander kiezen.',
    comparison: 'Je eigen verhaal trekt de aandacht naar jou; bij dat van de ander blijven laat zien dat je luistert.',
    minimizing: 'Een zonnige kant laat iemands gevoel al snel te groot lijken; benoemen dat het zwaar is helpt meer.',
    'shallow-checkin':
      'Op een snel "hoe gaat het" volgt een snel "goed"; een echte vraag nodigt uit tot een echt antwoord.',
    'self-silencing': 'Vroeg om één concreet ding vragen is makkelijker dan alles alleen dragen.',
    'reply-pressure':
      'Wie het zwaar heeft, heeft vaak geen energie om te antwoorden; zeggen dat het niet hoeft haalt de druk weg.',
    personal: 'Je hebt Echt voor deze zin je eigen woorden gegeven.',
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
};

export const NL_DECK: Deck = {
  'check-in': [...ASK_FOR_REAL.slice(0, 2), 'Zin in koffie deze week{, name}? Gewoon even bijpraten.'],
  'concrete-help': CONCRETE_HELP,
  listening: [...LISTEN.slice(0, 1), ...STAY_WITH_THEM.slice(0, 2)],
  'no-reply-needed': NO_REPLY_NEEDED,
  'asking-for-help': ASK_FOR_HELP,
};
