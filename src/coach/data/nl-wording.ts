// Echt's own words in Dutch (informal "je"): why a phrase may land badly, what to say
// instead, the phrase deck, and the concrete offers that fit what a draft is about, also
// in words Flemish colleagues use. Written for chat: short, concrete, with [slots] to fill
// in. Plain data.
import type { OccasionWording, RegisterWording, Wording } from '../knowledge';

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
  'Dat is veel om te dragen. Ik denk aan je.',
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

const NL_DECK: Wording['deck'] = {
  'check-in': [...ASK_FOR_REAL.slice(0, 2), 'Zin in koffie deze week{, name}? Gewoon even bijpraten.'],
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
      '(?:kind|kinderen|kindje|kids|zoon|zoontje|dochter|dochtertje|kleine|jongste|oudste)\\b[^.!?\\n]{0,40}\\b(?:ziek|koorts|griep|waterpokken|overgeven|ziekenhuis)',
      'zieke (?:kinderen|kind|kids|zoon|dochter)|(?:creche|kinderopvang|school) (?:belde|heeft gebeld)',
    ],
    offer: 'Zal ik je middag overnemen, dan kun je bij de kinderen zijn?',
  },
  {
    occasion: 'funeral',
    words: [
      'begrafenis|uitvaart|crematie|overleden|overlijden|gestorven|gecondoleerd|condoleances?|rouw(?:en|t)?|verlies',
    ],
    offer: 'Zal ik je werk overnemen op de dag van de uitvaart?',
  },
  {
    occasion: 'newborn',
    words: [
      'baby|bevallen|bevalling|geboren|geboorte|kraam(?:tijd|visite|bezoek)?|zwangerschapsverlof|vaderschapsverlof|ouderschapsverlof|geboorteverlof|pasgeboren',
    ],
    offer: 'Zal ik deze week een maaltijd bij jullie langsbrengen?',
  },
  {
    occasion: 'illness',
    words: [
      'ziekenhuis|hospitaal|ziek|ziekte|operatie|geopereerd|chemo|kanker|diagnose|griep|corona|covid|herstel(?:len)?|dokter|huisarts|behandeling|spoed|migraine',
    ],
    offer: 'Zal ik deze week je overleggen overnemen, zodat je kunt uitrusten?',
  },
  {
    occasion: 'move',
    words: [
      'verhuiz(?:en|ing)|verhuis(?:t|dozen)?|dozen|nieuwe (?:huis|woning|flat|appartement)|inpakken|sleutel(?:overdracht)?',
    ],
    offer: 'Zal ik zaterdag komen helpen met dozen sjouwen?',
  },
  {
    occasion: 'exams',
    words: ['examens?|tentamens?|examenperiode|blokken|blokperiode|studeren|thesis|scriptie|herexamens?'],
    offer: 'Zal ik [taak] van je overnemen tot je examens voorbij zijn?',
  },
  {
    occasion: 'deadline',
    words: ['deadlines?|oplevering|inleveren|indienen|crunch|lancering'],
    offer: 'Zal ik [taak] van je overnemen tot de deadline?',
  },
  {
    occasion: 'bad-review',
    words: [
      '(?:slechte|negatieve|harde|pittige|zware) (?:review|feedback|beoordeling|evaluatie)|(?:review|beoordeling|evaluatie) (?:ging|was) (?:slecht|niet goed)|beoordelingsgesprek|functioneringsgesprek|evaluatiegesprek|verbetertraject',
    ],
    offer: 'Zullen we samen koffie drinken en de feedback doornemen?',
  },
];

/**
 * Flemish drafts ("ge", "da", "nie", "allez") get offers in words used in Flanders:
 * "de verhuis", "namiddag", "overlopen", "examens".
 */
const FLEMISH: RegisterWording = {
  name: 'flemish',
  words: [
    'ge|gij|da|nie|allez|amai|zenne|efkes|hebde|kunde|zijde|wadde|moogt|goesting|seffens|plezant|nekeer|ne keer|nen|ewa|dadde|ca va|merci|uw',
  ],
  offers: {
    'sick-children': 'Zal ik je namiddag overnemen, zodat je bij de kinderen kunt zijn?',
    funeral: 'Zal ik je werk overnemen op de dag van de begrafenis?',
    newborn: 'Zal ik deze week eens eten binnenbrengen?',
    illness: 'Zal ik deze week je vergaderingen overnemen, zodat je kunt rusten?',
    move: 'Zal ik zaterdag komen helpen met de verhuis?',
    exams: 'Zal ik [taak] van je overnemen tijdens je examens?',
    deadline: 'Zal ik [taak] van je overnemen tot de deadline?',
    'bad-review': 'Zullen we samen een koffie drinken en de feedback overlopen?',
  },
};

export const NL_WORDING: Wording = {
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
  deck: NL_DECK,
  occasions: OCCASIONS,
  registers: [FLEMISH],
};
