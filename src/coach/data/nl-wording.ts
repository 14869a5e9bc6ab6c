// Echt's own words in Dutch (informal "je"): why a phrase may land badly, what to say
// instead, the phrase deck, and the concrete offers that fit what a draft is about, also
// in words Flemish colleagues use. Written for chat: short, concrete, with [slots] to fill
// in. Plain data.
import type { OccasionWording, RegisterWording, Wording } from '../knowledge';
import {
  ACKNOWLEDGE,
  ASK_FOR_HELP,
  ASK_FOR_REAL,
  CONCRETE_HELP,
  LISTEN,
  NL_DECK,
  NO_REPLY_NEEDED,
  STAY_WITH_THEM,
} from './nl-deck';

// Who a draft may be about besides the reader: family said through the person ("van je
// vader", "uw pa", "ons ma", "de kleine"), and pets. A death or an illness is often named
// only this way.
const RELATIVE =
  'vader|pa|papa|paps|moeder|ma|mama|mams|moeke|vake|opa|oma|bompa|bomma|grootvader|grootmoeder|grootouders|ouders|broer|broertje|zus|zusje|zuster|man|vrouw|vriend|vriendin|partner|lief|echtgenoot|echtgenote|wederhelft|vent|ventje|schoonvader|schoonmoeder|schoonma|schoonpa|schoonouders|schoonzus|schoonbroer|schoonzoon|schoondochter|stiefvader|stiefmoeder|kleinzoon|kleindochter|kleinkind|zoon|zoontje|dochter|dochtertje|kind|kindje|kinderen|kids|kleine|baby|oom|tante|nonkel|neef|nicht|familie';
const YOUR = '(?:je|jouw|uw|uwe|oew|ons|onze|jullie){1} (?:\\w+ )?';
/** "je vader", "uw bomma": the relative (group 1) an offer can name. */
const CLOSE_RELATIVE = `\\b(?:je|jouw|uw|uwe|oew|jullie) (?:(?:kleine|lieve|arme|oudste|jongste) )?(${RELATIVE})\\b(?!-)`;
const CHILD = 'kind|kindje|kinderen|kids|zoon|zoontje|dochter|dochtertje|kleine|kleintje|jongste|oudste|tweeling|baby';
const PET = 'hond|hondje|kat|katje|poes|poesje|kater|konijn|konijntje|cavia|hamster|paard|huisdier|beestje';
const SORROW =
  'erg|rot|naar|zwaar|heftig|pittig|lastig|moeilijk|ambetant|bericht|verdrietig|vreselijk|verschrikkelijk|triest|kut|klote|sorry|gehoord|hoorde|horen|spijt|nieuws|sterkte|schrikken|geschrokken|beterschap|vervelend|pijnlijk|akelig|ellendig|beroerd|balen|zorgen|denk aan|ferm';
const HOSPITAL =
  'ziekenhuis|ziekenhuisopname|zkh|hospitaal|opname|opgenomen|spoed|spoedeisende hulp|intensive care|ic|uz|umc|amc|lumc';
/**
 * A long list at the start of a pattern, kept as one alternative: prepare.ts spells a leading
 * group out into one alternative per word (so a page looks each up by its first letters), and
 * for these lists that would multiply the knowledge a chat tab receives. `{1}` stops it.
 */
const LEADING = (list: string) => `(?:${list}){1}`;
/** Within one sentence, a few words apart. */
const NEAR = '\\b[^.!?\\n]{0,40}\\b';

/** Time off for a loss: after a funeral, and for sad news said only through the person (often a death). */
const TIME_OFFER = 'Zal ik deze week je werk overnemen, zodat je even de tijd kunt nemen?';
/** Said of "de examens", not "je examens": it fits a child's exams as well as the reader's own. */
const EXAMS_OFFER = 'Zal ik [taak] van je overnemen tot de examens voorbij zijn?';

/**
 * What a draft may be about, checked in this order: what matters most to the person first
 * (a death or a hospital before a move or a deadline), and someone else's illness before
 * their own (a sick child, a parent in hospital). Each with the offer that fits it: one easy
 * yes, short enough for a chat line. Work talk must not count: "per ongeluk", "met spoed",
 * "de build is gebroken", "verlies van data", "je PR is afgekeurd", "gescheiden door komma's".
 */
const OCCASIONS: readonly OccasionWording[] = [
  {
    occasion: 'pet',
    words: [
      `${YOUR}(?:${PET})${NEAR}(?:dood|overleden|gestorven|ingeslapen|inslapen|weg|kwijt|ziek|dierenarts|veearts|overreden|aangereden)`,
      `${LEADING(SORROW)}${NEAR}(?:van|over|met|om) ${YOUR}(?:${PET})`,
      // A name and a paw print: a pet by its name (the match ends at the end of a word, before it).
      '(?:erg|rot|naar|sorry|verdrietig|triest|gecondoleerd|sterkte)\\b[^.!?\\n]{0,40}\\w(?= *(?:🐾|🐶|🐱|🐕|🐈))',
      'laten inslapen|ingeslapen|(?:naar|bij) de (?:dierenarts|veearts)',
    ],
    offer: 'Zal ik vandaag je vergaderingen overnemen, dan kun je naar huis?',
  },
  {
    // A funeral that has taken place: the day is past, time to grieve is what helps.
    occasion: 'mourning',
    words: [
      'nog (?:\\w+ )?gecondoleerd|(?:na|sinds|terug van|thuis van) de (?:begrafenis|uitvaart|crematie|afscheidsdienst)|(?:begrafenis|uitvaart|crematie|afscheidsdienst) (?:was|is geweest|gisteren|vorige week|achter de rug|voorbij)',
    ],
    offer: TIME_OFFER,
  },
  {
    occasion: 'funeral',
    words: [
      'begrafenis|uitvaart|crematie|(?:mijn|onze|oprechte|innige|welgemeende) deelneming|overleden|overlijden|gestorven|heengegaan|doodgegaan|gecondoleerd|condoleances?|rouw(?:en|t)?|in memoriam',
      `(?:je|jouw|uw|jullie) verlies|verlies van ${YOUR}(?:${RELATIVE})|afscheid (?:van|nemen van) ${YOUR}(?:${RELATIVE})|dood van ${YOUR}(?:${RELATIVE})`,
    ],
    offer: 'Zal ik je werk rond de uitvaart overnemen?',
  },
  {
    // Someone close in hospital: being there is what helps, not rest.
    occasion: 'hospital-visit',
    words: [
      `${YOUR}(?:${RELATIVE})${NEAR}(?:${HOSPITAL})`,
      `${LEADING(CHILD)}${NEAR}(?:${HOSPITAL})`,
      `${LEADING(HOSPITAL)}${NEAR}(?:bij|met|voor|van) ${YOUR}(?:${RELATIVE})`,
      // A draft speaks to the reader: "hij" or "ze" in hospital is someone close to them.
      "(?:hij|ze|zij){1} (?:ligt|lag|is|moest|moet|ging|gaat) (?:nog |weer |opnieuw )?(?:in|naar|op) (?:het|de|'t) (?:ziekenhuis|hospitaal|uz|umc|amc|lumc|ic|spoed)|(?:ligt|lag|is|moest|moet){1} (?:hij|ze|zij) (?:nog |weer |opnieuw )?(?:in|naar|op) (?:het|de|'t) (?:ziekenhuis|hospitaal|uz|umc|amc|lumc|ic|spoed)",
    ],
    offer: 'Zal ik deze week je werk overnemen, zodat je naar het ziekenhuis kunt?',
  },
  {
    // A pregnancy lost: time to rest and recover, gently; not "bij je familie zijn".
    occasion: 'pregnancy-loss',
    words: [
      'miskraam|doodgeboren|stilgeboren|stil geboren|buitenbaarmoederlijke zwangerschap|curettage|(?:baby|kindje|zwangerschap) (?:verloren|kwijt)|(?:de|je|jullie|uw) zwangerschap (?:is )?(?:mis|afgebroken)',
    ],
    offer: 'Zal ik deze week je werk overnemen, zodat je rustig kunt bijkomen?',
  },
  {
    occasion: 'sick-children',
    words: [
      `${LEADING(CHILD)}${NEAR}(?:ziek|koorts|griep|waterpokken|overgeven|buikgriep|oorontsteking|rsv|longontsteking|bronchiolitis|krentenbaard)`,
      'zieke (?:kinderen|kind|kids|zoon|dochter|kleine)|(?:creche|kinderopvang|opvang|school) (?:belde|heeft gebeld)',
      `beterschap (?:aan|voor|met) (?:de|je|jullie|uw|ulle) (?:${CHILD})`,
    ],
    offer: 'Zal ik vandaag je werk overnemen, dan kun je naar huis?',
  },
  {
    // A partner or parent who lost their job, or may: the worry is work and money, so help
    // with finding work, not time off to be with them, and not a look at the reader's own cv.
    occasion: 'family-job',
    words: [
      `${YOUR}(?:${RELATIVE})${NEAR}(?:ontslagen|ontslag\\b|werkloos|boventallig|(?:baan|job|werk) (?:\\w+ )?kwijt|c4)`,
      `${LEADING('ontslagronde|ontslaggolf|ontslagen|ontslag|reorganisatie|herstructurering|afvloeiingen|faillissement')}\\b[^.!?\\n]{0,25}\\b(?:bij|van) ${YOUR}(?:${RELATIVE})`,
    ],
    offer: 'Zal ik in mijn netwerk rondvragen naar vacatures voor {je familie}?',
  },
  {
    occasion: 'newborn',
    words: [
      'baby|bevallen|bevalling|geboren|geboorte|kraam(?:tijd|visite|bezoek)?|zwangerschapsverlof|vaderschapsverlof|ouderschapsverlof|geboorteverlof|pasgeboren|kindje geboren|(?:papa|mama|vader|moeder|mami|papi) geworden|(?:slapeloze|korte|gebroken|doorwaakte) nachten|nachtjes met (?:de|je|uw) (?:kleine|baby)',
      '(?:gefeliciteerd|proficiat|felicitaties|congrats|hoera|welkom)\\b[^.!?\\n]{0,30}\\b(?:de|je|jullie|uw|ulle) (?:kleine|kleintje|spruit|zoon|zoontje|dochter|dochtertje|kindje|telg)',
    ],
    offer: 'Zal ik deze week een maaltijd bij jullie langsbrengen?',
  },
  {
    // A child's exams, before the family lines below: a week off "to take the time you need"
    // is out of proportion for them.
    occasion: 'exams',
    words: [
      `${YOUR}(?:${CHILD})${NEAR}(?:examens?|tentamens?|herexamens?|blokt|blokken)\\b`,
      `(?:examens?|tentamens?|herexamens?)\\b[^.!?\\n]{0,20}\\bvan ${YOUR}(?:${CHILD})\\b`,
    ],
    offer: EXAMS_OFFER,
  },
  {
    // A relative who is ill, hurt or recovering: being there for them is what helps.
    occasion: 'family',
    words: [
      `${YOUR}(?:${RELATIVE})${NEAR}(?:ziek(?! van)|ongeluk|ongeval|diagnose|ziekte|operatie|beroerte|hartaanval|gevallen|een val|gebroken|heupbreuk|breuk|kanker|dementie|behandeling|toestand|geopereerd|onder het mes|verpleeghuis|woonzorgcentrum|rusthuis|zorgcentrum|verzorgingshuis|failliet|faillissement)`,
      `(?:het|dat|die|een|de) (?:ongeluk|ongeval|diagnose|operatie|hartaanval|beroerte|val|opname|faillissement) van (?:de zaak van )?${YOUR}(?:${RELATIVE})`,
    ],
    offer: 'Zal ik deze week je werk overnemen, zodat je er voor {je familie} kunt zijn?',
  },
  {
    // Bad news said only through the person ("wat erg van je vader"): often a death, so the
    // offer must not speak of being there for them.
    occasion: 'family-news',
    words: [
      `${LEADING(SORROW)}${NEAR}(?:van|over|met|voor|rond|om) ${YOUR}(?:${RELATIVE})\\b`,
      `(?:het|dat) (?:nieuws )?van ${YOUR}(?:${RELATIVE})`,
    ],
    offer: TIME_OFFER,
  },
  {
    // Someone else's operation ("zijn operatie", "de operatie van Daan"): erbij zijn, not rest.
    occasion: 'their-surgery',
    words: [
      "(?:zijn|haar|hun|z'n|d'r) (?:operatie|ingreep)|(?:hij|zij|ze) (?:wordt|werd|is|moet|gaat|ging) (?:\\w+ ){0,3}geopereerd|(?:operatie|ingreep) van (?!(?:je|jou|jouw|u|uw|ge|de|het|'t|een|morgen|vandaag|gisteren|volgende|vorige|deze|die|dat|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vanochtend|vanmiddag|vanmorgen)\\b)\\w+",
    ],
    offer: 'Zal ik die dag je werk overnemen, zodat je erbij kunt zijn?',
  },
  {
    occasion: 'surgery',
    words: ['(?:knie|heup|rug|hart|oog|buik|schouder)?operatie|geopereerd|onder het mes|(?:je|uw|de) ingreep|narcose'],
    offer: 'Zal ik je vergaderingen overnemen zolang je herstelt?',
  },
  {
    // Off work already (ziekgemeld, ziekteverlof): covering their work misreads it; keeping
    // work from bothering them while they are off does not.
    occasion: 'sick-leave',
    words: [
      'ziek (?:thuis|gemeld)|ziekgemeld|ziekmelding|ziekteverlof|ziektewet|ziekteverzuim|thuis (?:zit |zitten )?met (?:een )?burn-?out',
    ],
    offer: 'Zal ik zorgen dat niemand van het werk je lastigvalt zolang je thuis bent?',
  },
  {
    occasion: 'illness',
    words: [
      'ziekenhuis|ziekenhuisopname|hospitaal|opgenomen in(?! (?:de|het) (?:planning|team|lijst|mailinglijst|rooster|groep|sprint|backlog|kanaal|verslag|notulen|document|overzicht|release))|ziekte|chemo|kanker|diagnose|biopsie|(?:slechte|de|je|uw) uitslag(?:en)? van (?:de|je|uw) (?:biopsie|scan|onderzoek|bloedonderzoek|test)|griep|corona|covid|dokter|huisarts|migraine|beterschap|hersenschudding|blessure|(?:ben|bent|zijt|raakte|zwaar|licht|erg) gewond|gewond (?:geraakt|aan)',
      // "Je opname" is a hospital admission; a recording ("je opname van de demo", "de opname
      // staat in de drive") is not.
      "(?:je|jouw|uw){1} (?:ziekenhuis)?opname(?! (?:van|staat|is (?:gedeeld|opgeslagen|klaar)|gedeeld|opgeslagen|bekeken|terugkijken|delen|doorgestuurd|in (?:teams|zoom|de drive)))|dagopname|heropname|(?:je|jij|u|ge|gij){1} (?:bent|zijt|was|werd|wordt|lag|ligt|moest|moet) (?:\\w+ ){0,2}opgenomen(?! (?:in (?:de|het|'t) (?:planning|team|lijst|mailinglijst|rooster|groep|sprint|backlog|kanaal|verslag|notulen)))|(?:ben|bent|zijt|was|werd){1} (?:je|jij|u|ge|gij) (?:\\w+ ){0,2}opgenomen(?! in (?:de|het|'t) (?:planning|team|lijst|mailinglijst|rooster|groep|sprint|backlog|kanaal|verslag|notulen))",
      '(?:goed|snel|voorspoedig|spoedig) herstel|(?:je|uw) behandeling|spoedeisende hulp|spoedopname|(?:naar|lag op|ligt op|lig op|belandde op) de spoed',
      // "je bent ziek", not "de chauffeur is ziek": someone else's illness is not the reader's.
      '(?:ben|bent|zijt|nog|ook|al|echt|erg|zo|heel|flink) (?:\\w+ )?ziek(?! van)|ziek in bed|burn-?out|overspannen|paniekaanvall?(?:en)?|depressie|depressief',
      '(?:het|dat|da|je|uw|die) (?:ongeluk|ongeval)|whiplash|kinesist|(?:een )?(?:ongeluk|ongeval) gehad|auto-?ongeluk|fietsongeluk|(?:been|arm|pols|enkel|rib|sleutelbeen|voet|heup) gebroken|gebroken (?:been|arm|pols|enkel|rib|voet|heup)|(?:been|arm|pols|enkel|heup)breuk',
    ],
    offer: 'Zal ik deze week je vergaderingen overnemen, zodat je kunt rusten?',
  },
  {
    // Money trouble: debts, bills, rent. An afternoon off does not pay a bill; knowing what
    // help the employer has (a voorschot, a fund, advice) may, asked for without their name.
    occasion: 'money',
    words: [
      'geldzorgen|geldproblemen|geldstress|financiële (?:zorgen|problemen|stress|situatie|moeilijkheden|put)|schulden(?:last)?|schuldhulp\\w*|schuldsanering|schuldbemiddeling|collectieve schuldenregeling|budgetbeheer|budgetbegeleiding|deurwaarder|incassobureau|rood staan|(?:huur|rekeningen|hypotheek|lening) (?:\\w+ )?niet (?:meer )?(?:kunnen|kan|kunt|kunde) betalen|krap bij kas|blut|platzak|huurverhoging|naheffing|financiën (?:\\w+ ){0,3}(?:in de knoop|in de war|een puinhoop|een zootje)|huur (?:\\w+ )?(?:verhoogd|verhoogt|verhogen|omhoog|gestegen|stijgt)|(?:verhoogt|verhoogde|verhogen|verhoogd) (?:\\w+ )?de huur',
    ],
    offer: 'Zal ik zonder je naam bij HR navragen welke hulp er is bij geldzorgen?',
  },
  {
    // Trouble with the home itself: fire, water, a break-in, a landlord, nowhere to live.
    occasion: 'home',
    words: [
      '(?:de|die|een|zware) brand(?! ?(?:guide|identity|book|manager|strategie|waarden|awareness))|brand (?:bij|in) (?:je|jullie|uw)|afgebrand|uitgebrand|huisbrand|woningbrand|keukenbrand',
      'inbraak|ingebroken|inbrekers|overstroming|overstroomd|wateroverlast|(?:huis|kelder|woning|keuken|living|appartement|flat) (?:\\w+ )?onder water|onder water (?:stond|staat|gelopen)|ondergelopen|waterschade|lekkage (?:bij (?:jou|jullie|u)|thuis)|lekkage in (?:je|jullie|uw)|stormschade|(?:je|jullie|uw) (?:\\w+ )?verbouwing|die (?:hele )?verbouwing|(?:je|jullie|uw) aannemer|uitgezet|uitzetting|woningnood|dakloos',
    ],
    offer: 'Zal ik morgen je werk overnemen, zodat je thuis alles kunt regelen?',
  },
  {
    // Trouble finding or keeping a place: a purchase or sale that falls through, a mortgage
    // ("lening" in Flanders) refused, outbid again. Time for the calls and viewings helps.
    occasion: 'housing',
    words: [
      // A house named: "de verkoop van licenties ging niet door" is work.
      `${LEADING('huis|huisje|woning|appartement|flat|hypotheek|woonlening|compromis|koopcontract')}\\b[^.!?\\n]{0,25}\\b(?:niet (?:door|doorgegaan|doorgaat|doorgaan)|afgeketst|ketst af|ketste af|ontbonden|afgewezen|geweigerd|afgekeurd|onbewoonbaar|niet verkocht|niet rond)`,
      '(?:de )?(?:koop|aankoop|verkoop) van (?:je|jullie|uw|het|hun) (?:huis|huisje|woning|appartement|flat)',
      '(?:de|je|jullie|uw){1} (?:huizenjacht|woningzoektocht|huizenzoektocht|zoektocht naar een (?:huis|woning|appartement))|overboden|(?:de|je|jullie|uw) kopers? (?:\\w+ ){0,2}(?:teruggetrokken|afgehaakt)|huis (?:kopen|verkopen|zoeken)|(?:het|de|jullie|je|uw) (?:huis|woning|appartement|flat) (?:kwijt|verloren)|(?:de|je|jullie|uw) (?:woon|huis)(?:situatie|perikelen|gedoe|ellende)|woningzoektocht|huizenjacht|(?:dat|het|een|die|ons|jullie|je) (?:huurhuis|huurwoning|huurappartement)|gedoe met (?:het|je|jullie|uw) (?:huis|appartement|woning)',
      // A move that falls through is trouble with the house, not boxes to carry.
      '(?:verhuizing|verhuis)\\b[^.!?\\n]{0,20}\\b(?:niet (?:door|doorgaat|doorgegaan)|afgeblazen|afgeketst|geannuleerd)',
      // Sorrow about the home itself ("wat erg van jullie huis"): whatever happened, it needs time.
      `${LEADING(SORROW)}${NEAR}(?:van|over|met|om) ${YOUR}(?:huis|huisje|woning|appartement|flat)\\b`,
      // Trouble with a landlord (a lease ended, talks stuck) takes weeks, not one day at home.
      'huisbaas|verhuurder|huurbaas|(?:huurcontract|huur) (?:\\w+ ){0,2}niet (?:verlengd|vernieuwd)|huurcontract (?:\\w+ )?opgezegd|(?:de )?huur (?:\\w+ )?(?:opgezegd|opzegt|opzeggen)|woningbouw(?:vereniging)?|woningcorporatie|sociale (?:huurwoning|woning)|wachtlijst voor een (?:huis|woning)',
    ],
    offer: 'Zal ik vandaag je werk overnemen, dan heb je tijd voor alles rond het huis?',
  },
  {
    occasion: 'break-up',
    words: [
      '(?:de|je|jullie|uw|een|jouw) scheiding(?! van)|(?:ben|bent|zijn|zijt|gaan|gaat) (?:\\w+ )?(?:gescheiden|scheiden)(?! (?:door|met|van|in|op))|uit elkaar (?:gaan|gegaan|gaat)|(?:ben|bent|zijn|zijt) (?:\\w+ )?uit elkaar|relatiebreuk|(?:je|jullie|uw|jouw) relatie (?:is )?(?:\\w+ )?(?:voorbij|over|uit|gedaan|afgelopen|gestopt)|(?:de|die|uw|je) breuk met|het (?:is )?uit (?:is )?met (?!(?:de|het|die|dat|een|deze|dit) )|het (?:\\w+ )?uitgemaakt(?! (?:wie|wat|of|dat))|maakte het uit|(?:de|je|jullie|uw) break-?up|gedumpt',
    ],
    offer: 'Zullen we deze week samen gaan lunchen? Ik trakteer.',
  },
  {
    occasion: 'job-loss',
    words: [
      'ontslagen|boventallig|werkloos|(?:bij|naar) het uwv|(?:je|uw) ontslag|(?:je|jouw|uw) (?:baan|job|werk) kwijt|(?:je|uw|zijn|haar) c4|c4 gekregen|(?:proeftijd|proefperiode) (?:\\w+ )?niet (?:verlengd|gehaald)|(?:je|jouw|uw) contract (?:\\w+ )?niet (?:verlengd|vernieuwd)',
      // A job at risk: a reorganisation, not only a job already gone.
      "(?:de|die|een|deze) (?:reorganisatie|reorg|herstructurering|ontslagronde|afslankingsoperatie)(?! (?:van|in) (?:de|het|'t) (?:code|repo|module|mappen?|database|tabel|backlog|planning|documentatie))|(?:je|jouw|uw) (?:functie|baan|job) (?:\\w+ )?(?:op de tocht|komt te vervallen|vervalt|geschrapt)",
    ],
    offer: 'Zal ik deze week je cv met je doornemen?',
  },
  {
    // A job or role applied for and not given: the next application is what help can serve.
    occasion: 'not-chosen',
    words: [
      '(?:je|jij|ge|gij|u) (?:\\w+ ){0,2}niet (?:bent |zijt |werd |bent geworden )?aangenomen|(?:ben|bent|zijt|werd) (?:je|jij|ge|gij|u) (?:\\w+ ){0,2}niet aangenomen|niet aangenomen (?:voor|bij|als) (?:die|de|een|het|deze|dat|ne|nen)? ?(?:job|baan|functie|rol|vacature|plek|positie|stage|\\w+rol|\\w+functie)|(?:afgewezen|afwijzing|nee gekregen) (?:voor|op|bij|van) (?:die|de|je|jouw|uw|een|deze|dat) (?:job|baan|functie|rol|vacature|sollicitatie|plek|positie|stage)|(?:sollicitatie|sollicitatiegesprek)\\b[^.!?\\n]{0,20}\\b(?:afgewezen|niet gelukt|mislukt|niet doorgegaan|niet goed)|(?:die|de|deze) (?:job|baan|vacature|plek|stage) (?:\\w+ )?niet (?:gekregen|geworden)',
    ],
    offer: 'Zullen we deze week samen naar je volgende sollicitatie kijken?',
  },
  {
    // An admin burden: forms, permits, an adoption, a court case, the appointments they bring.
    occasion: 'paperwork',
    words: [
      'papierwerk|papierwinkel|paperassen|rompslomp|bureaucratie|formulieren|verblijfsvergunning|werkvergunning|visum|visumaanvraag|inburgering|naturalisatie|belastingaangifte|nalatenschap|erfenis|schadeclaim|rechtszaak|rechtbank|vrederechter|voogdij|ambassade|consulaat',
      "(?:de|je|jullie|uw) adoptie(?:procedure|traject|dossier|papieren)?(?! van (?:de|het|'t|onze|ons) )|adoptie(?:procedure|traject|dossier|papieren)|(?:gedoe|gezeur|strijd|toestanden|gevecht|afspraak|afspraken){1} (?:met|bij|op) (?:de |het |'t )?(?:gemeente|gemeentehuis|stadhuis|ind|belastingdienst|verzekering|verzekeraar|uwv|svb|notaris|advocaat|mutualiteit|ziekenfonds|ocmw|instanties)",
      // Things stolen or lost: the police report, the insurance, new cards.
      `gestolen|gejat|gepikt|beroofd|zakkenroller|${LEADING(SORROW)}${NEAR}(?:van|met|over) ${YOUR}(?:fiets|laptop|gsm|telefoon|portemonnee|portefeuille|tas|sleutels|paspoort|auto)\\b`,
    ],
    offer: 'Zal ik vandaag je werk overnemen, dan heb je tijd voor papieren en afspraken?',
  },
  {
    occasion: 'move',
    words: [
      // "je huis is verkocht en je moet er binnen 3 weken uit"
      "(?:huis|appartement|flat|woning|huurhuis|appart) (?:is |werd |wordt )?verkocht|(?:moet|moeten|moete) (?:je |jullie |ge |gij )?(?:er|d'r) (?:\\w+ ){0,4}uit\\b",
      // Not a move at work: "de verhuizing van het archief", "de verhuis naar de nieuwe vleugel".
      "(?:verhuiz(?:en|ing)|verhuis)(?! (?:naar|van) (?:de|het|'t|ons|onze) )|verhuist|verhuisdozen|dozen (?:inpakken|uitpakken|sjouwen|dragen)|tussen de dozen|nieuwe (?:huis|woning|flat|appartement|stek|thuis)|inpakken|sleuteloverdracht",
    ],
    offer: 'Zal ik zaterdag komen helpen met dozen sjouwen?',
  },
  {
    // Exams that went badly: the next attempt is what help can serve, not "tot de examens voorbij zijn".
    occasion: 'exam-results',
    words: [
      '(?:examens?|tentamens?|herexamens?|herkansing(?:en)?|toets|rijexamen|examen|eindexamen)\\b[^.!?\\n]{0,20}\\bniet (?:\\w+ )?(?:gehaald|gelukt|geslaagd)|(?:gezakt|gebuisd|gebuisd) (?:voor|op)|niet geslaagd voor|(?:slechte|tegenvallende) (?:uitslag|resultaten|punten|cijfers) (?:van|voor) (?:je|uw|de|jouw) (?:examens?|tentamens?)|(?:examens?|tentamens?) (?:\\w+ )?(?:slecht|niet goed) (?:gegaan|gemaakt|uitgevallen)',
    ],
    offer: 'Zal ik [taak] van je overnemen terwijl je je op de herkansing voorbereidt?',
  },
  {
    occasion: 'exams',
    words: [
      'examens?|tentamens?|examenperiode|blokken|blokperiode|studeren|thesis|scriptie|herexamens?|herkansing(?:en)?',
    ],
    offer: EXAMS_OFFER,
  },
  {
    occasion: 'deadline',
    words: ['deadlines?|oplevering|inleveren|indienen|crunch|lancering'],
    offer: 'Zal ik [taak] van je overnemen tot de deadline?',
  },
  {
    occasion: 'bad-review',
    words: [
      '(?:slechte|negatieve|harde|pittige|zware|onterechte|oneerlijke|botte|strenge) (?:review|feedback|beoordeling|evaluatie)|(?:review|beoordeling|evaluatie) (?:ging|was|is) (?:\\w+ )?(?:slecht|niet goed|onterecht|oneerlijk|hard|pittig|zwaar|negatief|streng)|(?:review|beoordeling|evaluatie|feedback) (?:niet (?:zo )?goed|slecht) (?:ging|was|viel|uitviel)',
      'niet? gekozen (?:hebben |zijn |zijt |bent )?(?:voor|als)|(?:promotie|functie|rol|teamleadfunctie|teamleadrol|leidersrol) (?:\\w+ )?(?:niet gekregen|misgelopen)|(?:de|die) (?:promotie|functie|rol|teamleadrol|teamleadfunctie) niet (?:(?:hebt|heeft|hebben|hebde) gekregen|kreeg|kreegt|gekregen hebt|gekregen heeft)|(?:ben|bent|werd|wordt|zijt) (?:\\w+ )?gepasseerd',
      'beoordelingsgesprek|functioneringsgesprek|evaluatiegesprek|verbetertraject|jaargesprek|eindejaarsgesprek|jaarevaluatie|(?:je|jouw|uw) (?:beoordeling|evaluatie)|(?:proeftijd|proefperiode) (?:is |wordt |werd )?verlengd|(?:gesprek|evaluatie|beoordeling|functionering) met (?:je|jouw|uw) (?:manager|leidinggevende|baas|teamlead|chef)',
      // "De review" alone after sympathy is their review, not a code review ("de review van de PR").
      `${LEADING('hoorde|gehoord|hoor|sorry|balen|rot|vervelend|jammer|nieuws')}\\b[^.!?\\n]{0,20}\\b(?:van|over|met) (?:de|die|je|jouw|uw) (?:review|beoordeling|evaluatie)(?! (?:van|op|door|voor) )`,
    ],
    offer: 'Zullen we samen koffie drinken en de feedback doornemen?',
  },
];

/**
 * Flemish drafts ("ge", "da", "nie", "allez") get offers in words used in Flanders:
 * "de verhuis", "begrafenis", "overlopen", "bekomen". The plain offers keep to words both
 * sides of the border use ("vandaag", "vergaderingen"), so a Flemish draft that shows only one
 * Flemish word does not get "vanmiddag" or "overleggen".
 */
const FLEMISH: RegisterWording = {
  name: 'flemish',
  words: [
    'ge|gij|da|nie|allez|amai|zenne|efkes|hebde|kunde|zijde|wadde|moogt|goesting|seffens|plezant|nekeer|ne keer|nen|ewa|dadde|ca va|merci|zijt|awel|wa|goe',
  ],
  offers: {
    funeral: 'Zal ik je werk rond de begrafenis overnemen?',
    newborn: 'Zal ik deze week eens eten binnenbrengen?',
    move: 'Zal ik zaterdag komen helpen met de verhuis?',
    exams: 'Zal ik [taak] van je overnemen tijdens de examens?',
    'exam-results': 'Zal ik [taak] van je overnemen terwijl je voor je herexamen studeert?',
    deadline: 'Zal ik [taak] van je overnemen tot de deadline?',
    'bad-review': 'Zullen we samen een koffie drinken en de feedback overlopen?',
    'pregnancy-loss': 'Zal ik deze week je werk overnemen, zodat je rustig kunt bekomen?',
  },
};

/** `TIME_OFFER` in the formal register. */
const FORMAL_TIME_OFFER = 'Zal ik deze week uw werk overnemen, zodat u even de tijd kunt nemen?';

/**
 * Formal drafts ("u", "uw", "Geachte") get offers that say "u" too. Checked after Flemish:
 * Flemish speaks "uw" and "u" informally, next to "ge". A "u" counts only beside a verb or a
 * small word ("mocht u", "u kunt", "voor u"), so chat English ("if u need") does not.
 */
const FORMAL: RegisterWording = {
  name: 'formal',
  words: [
    `${LEADING('kunt|kan|heeft|hebt|bent|wilt|wil|mocht|zou|zal|moet|mag|laat|als|dat|of|voor|met|aan|bij|van|naar|wat|hoe|wens|hoop')} u|u (?:kunt|kan|heeft|hebt|bent|wilt|mocht|zou|zal|moet|mag|iets|dit|dat|het|er|graag|gerust|ergens|mee)|(?:ik|wij|we) u|uw|uwe|nodig heeft|geachte|hoogachtend|(?:met )?vriendelijke groet(?:en)?|deelneming|indien|(?:mij|ons) te (?:contacteren|bereiken|laten weten)`,
  ],
  offers: {
    pet: 'Zal ik vandaag uw vergaderingen overnemen, dan kunt u naar huis?',
    funeral: 'Zal ik uw werk rond de uitvaart overnemen?',
    'hospital-visit': 'Zal ik deze week uw werk overnemen, zodat u naar het ziekenhuis kunt?',
    'sick-children': 'Zal ik vandaag uw werk overnemen, dan kunt u naar huis?',
    newborn: 'Zal ik deze week een maaltijd bij u langsbrengen?',
    family: 'Zal ik deze week uw werk overnemen, zodat u er voor {uw familie} kunt zijn?',
    'family-job': 'Zal ik in mijn netwerk rondvragen naar vacatures voor {uw familie}?',
    'family-news': FORMAL_TIME_OFFER,
    mourning: FORMAL_TIME_OFFER,
    'pregnancy-loss': 'Zal ik deze week uw werk overnemen, zodat u rustig kunt bijkomen?',
    surgery: 'Zal ik uw vergaderingen overnemen zolang u herstelt?',
    'their-surgery': 'Zal ik die dag uw werk overnemen, zodat u erbij kunt zijn?',
    'sick-leave': 'Zal ik zorgen dat niemand van het werk u lastigvalt zolang u thuis bent?',
    illness: 'Zal ik deze week uw vergaderingen overnemen, zodat u kunt rusten?',
    home: 'Zal ik morgen uw werk overnemen, zodat u thuis alles kunt regelen?',
    housing: 'Zal ik vandaag uw werk overnemen, dan heeft u tijd voor alles rond het huis?',
    paperwork: 'Zal ik vandaag uw werk overnemen, dan heeft u tijd voor papieren en afspraken?',
    money: 'Zal ik zonder uw naam bij HR navragen welke hulp er is bij geldzorgen?',
    'break-up': 'Mag ik u deze week trakteren op een lunch?',
    'job-loss': 'Zal ik deze week uw cv met u doornemen?',
    'not-chosen': 'Zullen we deze week samen naar uw volgende sollicitatie kijken?',
    exams: 'Zal ik [taak] van u overnemen tot de examens voorbij zijn?',
    'exam-results': 'Zal ik [taak] van u overnemen terwijl u zich op de herkansing voorbereidt?',
    deadline: 'Zal ik [taak] van u overnemen tot de deadline?',
    general: 'Zal ik [taak] deze week van u overnemen?',
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
  registers: [FLEMISH, FORMAL],
  relative: CLOSE_RELATIVE,
};
