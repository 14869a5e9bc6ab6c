// Echt's own lines in Dutch (informal "je") for each kind of phrase, and the phrase deck
// built from them: apart from the rest of the wording (nl-wording.ts), so a page that shows
// the deck (the popup) does not carry the coach's offers and patterns. Plain data.
import type { Wording } from '../knowledge';

export const CONCRETE_HELP = [
  'Zal ik [taak] deze week van je overnemen?',
  'Zal ik [dag] lunch voor je meenemen?',
  'Ik kan [overleg] voor je overnemen{, name}. Zal ik dat doen?',
  'Ik pak [taak] vandaag op, tenzij je het liever zelf houdt.',
];
export const LISTEN = [
  'Wil je dat ik gewoon luister, of zal ik meedenken?',
  'Dat klinkt als veel. Wil je er meer over vertellen?',
  'Het klinkt alsof [wat je hoorde]. Klopt dat?',
  'Ik luister{, name}. Advies alleen als je dat wilt.',
];
export const STAY_WITH_THEM = [
  'Dat klinkt echt zwaar. Hoe hou je het vol?',
  'Ik hoor graag meer, als je het wilt vertellen.',
  'Wat is voor jou het zwaarste eraan?',
];
export const ACKNOWLEDGE = [
  'Wat zwaar, en wat rot voor je.',
  'Dat is echt balen{, name}. Fijn dat je het me vertelt.',
  'Dat is veel om te dragen. Ik denk aan je.',
];
export const ASK_FOR_REAL = [
  'Hoe is het echt met je{, name}?',
  'Hoe gaat het nu echt met je?',
  'Hoe gaat het met alles rond [situatie]?',
  'Hoe gaat het echt?',
];
export const ASK_FOR_HELP = [
  'Zou jij [taak] deze week kunnen overnemen? Ik zit aan mijn grens.',
  'Heb je een kwartiertje om me te helpen met [taak]?',
  'Eerlijk gezegd kan ik wel wat hulp gebruiken bij [taak].',
];
export const NO_REPLY_NEEDED = [
  'Ik denk aan je{, name}. Je hoeft niet te reageren.',
  'Geen antwoord nodig, ik wilde je gewoon laten weten dat ik er ben.',
  'Ik app je [dag] nog even; je hoeft niks terug te doen.',
];

export const NL_DECK: Wording['deck'] = {
  'check-in': [...ASK_FOR_REAL.slice(0, 2), 'Zin in koffie deze week{, name}? Gewoon even bijpraten.'],
  'concrete-help': CONCRETE_HELP,
  listening: [...LISTEN.slice(0, 1), ...STAY_WITH_THEM.slice(0, 2)],
  'no-reply-needed': NO_REPLY_NEEDED,
  'asking-for-help': ASK_FOR_HELP,
};
