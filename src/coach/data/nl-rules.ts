// Dutch phrases that tend to land badly or vaguely, and the words around a phrase that
// change what it means. Plain data; rules/compile.ts says how a pattern is written.
import type { RuleData } from '../knowledge';
import { WORK_TAILS, WORK_TALK, WORK_WORDS, wordList } from './work';

const RELATIVE =
  '(?:moeder|vader|mama|papa|opa|oma|man|vrouw|partner|vriend|vriendin|zus|broer|zoon|dochter|kinderen|hond|kat|tante|oom|schoonmoeder|schoonvader)';
const MY = "(?:mijn|m'n)";
const CAN_DO = 'ik (?:iets|wat|ergens mee|ergens bij)(?: voor je| voor jou)? (?:kan|kun) (?:doen|helpen|betekenen)';
const NEED =
  '(?:je|jij) (?:nog )?(?:iets|wat|hulp|ergens hulp bij|een hand)(?: van me| van mij)? nodig (?:hebt|heeft|hebben)';
const FILLER = '(?:maar|gerust|vooral|even|ff|dan|wel|gewoon|alsjeblieft|me|het)';
const FIX_FEELING =
  '(?:ontspannen|relaxen|positief (?:te )?(?:blijven|denken)|(?:er )?niet (?:meer )?aan (?:te )?denken|los (?:te )?laten|loslaten|' +
  'door (?:te )?bijten|doorbijten|het (?:positieve|zonnige) (?:ervan )?(?:te )?zien|je er overheen (?:te )?zetten)';

export const NL_RULES: RuleData = {
  phrases: {
    'vague-offer': {
      calm: [
        `(?:laat|zeg)(?: ${FILLER})*(?: weten)? (?:als|wanneer|mocht) (?:${CAN_DO}|${NEED}|er (?:iets|wat) is(?! met| aan| mis))`,
        `(?:laat(?: ${FILLER})* weten|zeg(?: het)? maar) wat ik (?:voor je )?(?:kan|kun) doen`,
        `(?:geef|stuur)(?: ${FILLER})* (?:een )?(?:gil|seintje|belletje|berichtje|appje) (?:als|wanneer|mocht) (?:${CAN_DO}|${NEED})`,
        `(?:ik ben er |ik sta (?:voor je )?klaar )?(?:en )?als (?:${CAN_DO}|${NEED}|er (?:iets|wat) is(?! met| aan| mis))`,
        '(?:ik ben er |ik sta (?:voor je )?klaar )?mocht (?:je|jij) (?:nog )?(?:iets|wat|hulp) nodig hebben|mocht er (?:nog )?(?:iets|wat) zijn',
        '(?:kan|kunnen) (?:ik|we|wij) (?:iets|wat|ergens mee|ergens bij)(?: voor je| voor jou)? (?:doen|helpen|betekenen)\\?',
        'wat je ook nodig hebt',
        '(?:je weet me (?:te )?vinden|je weet waar je me (?:kan|kunt) vinden)',
        '(?:schroom|aarzel) (?:niet|vooral niet) (?:om )?(?:me )?(?:te )?(?:bellen|appen|vragen|contact op te nemen|aan de bel te trekken)',
      ],
    },
    advice: {
      always: [
        `(?:probeer|je moet|moet je|gewoon)(?: (?:gewoon|eens|even|ff|wat|toch|het|maar|nou|lekker|vooral|een beetje))* (?:te )?${FIX_FEELING}`,
        '(?:je moet )?(?:niet|nou niet|stop met) (?:zo )?(?:piekeren|malen|treuren|somberen)',
      ],
      support: [
        '(?:misschien |ik denk dat |eerlijk gezegd )?(?:je moet|moet je (?:gewoon|eens|even|ff|echt|maar|toch|vooral|niet zo|er|het)|jij moet|je zou (?:moeten|eens|gewoon|echt|beter|misschien|best)|zou je (?:niet )?(?:eens|gewoon|echt|misschien|beter|moeten)|je (?:kan|kunt) (?:beter|gewoon|het beste))(?! (?:echt |vooral |gewoon |wel )?(?:je (?:tijd|rust)|de tijd|(?:je )?(?:niet|nergens) (?:schuldig|druk|zorgen)|niks|niets|helemaal niks|weten|doen wat (?:goed|fijn|voor jou)))',
        'waarom (?:ga|neem|doe|probeer|zeg|praat|bel|vraag|meld) je(?: [a-z]+){0,2} (?:niet|geen|gewoon|eens)',
        'heb je (?:al )?(?:eens )?(?:geprobeerd|overwogen)|heb je (?:al )?(?:eens )?(?:aan|over) [a-z\\x20-]{1,30}(?:gedacht|nagedacht)',
        'als ik (?:jou|jij) was|als ik in jouw schoenen stond|mijn advies|(?:een )?tip van mij|ik zou (?:gewoon|lekker|eens|zeker)(?! graag)',
      ],
    },
    comparison: {
      always: [
        'ik weet (?:precies |echt |heel goed |maar al te goed |exact )?(?:hoe (?:je je (?:nu )?voelt|dat voelt|het voelt|het is)|wat je (?:nu )?(?:doormaakt|meemaakt|voelt))(?! over)',
        '(?:bij mij|bij ons) was het (?:nog )?(?:veel |een stuk )?erger|ik had het (?:nog )?(?:veel |een stuk )?erger|dat is (?:nog )?niks (?:vergeleken )?(?:bij|met)',
      ],
      support: [
        '(?:(?:oh|ah|o) )?(?:dat |die |dit )?ken ik(?! niet)(?: wel| helemaal| maar al te goed| zo goed| ook)?',
        '(?:dat |die |dit )?herken ik(?! niet)(?: wel| helemaal| zo)?|(?:heel |zo |super )?herkenbaar',
        '(?:dat |die |dit )?had ik(?: (?:vorig jaar|vorige maand|vorige week|laatst|toen|zelf|precies|exact|destijds|ooit|een keer))* ook',
        '(?:ik heb|heb ik|wij hebben|we hebben|hebben wij|hebben we)(?: [a-z]+){0,3} (?:ook|hetzelfde|zoiets|iets vergelijkbaars)(?: [a-z]+){0,3} (?:gehad|meegemaakt|doorgemaakt|verloren|moeten laten inslapen)',
        `toen (?:ik|${MY}) (?:[a-z'-]+ ){0,4}(?:overleed|overleden|stierf|ziek (?:werd|was)|burn-?out|overspannen|gescheiden|scheidde|ontslagen|in het ziekenhuis|uit elkaar|doormaakte|meemaakte|verloor|kwijtraakte|geopereerd|een miskraam|(?:de )?diagnose kreeg)`,
        `${MY} ${RELATIVE} (?:heeft|had)(?: (?:dat|het|precies|vorig jaar|toen))* (?:ook|hetzelfde)`,
        '(?:daar|ik) heb (?:ik )?ook (?:in )?gezeten|daar (?:zat|heb) ik ook (?:in|doorheen)(?: gezeten| gemoeten)?|ik heb er ook in gezeten',
        '(?:ik was|ik had|ik voelde me)(?: [a-z]+){0,5} ook (?:zo |heel |echt |super )?(?:gestrest|zenuwachtig|bang|ziek|overspannen|kapot|moe|somber|down|eenzaam)',
        `ik (?:heb|had) ook (?:een|${MY}) (?:burn-?out|scheiding|miskraam|operatie|depressie|zware|moeilijke)`,
      ],
    },
    minimizing: {
      always: [
        'kop(?:ke)? (?:op|omhoog)(?: joh| hoor| he| meid| man| jongen| maat| e)?|(?:nou )?niet (?:zo )?(?:somber|verdrietig|negatief)(?: zijn| doen| kijken)?|niet (?:zo )?(?:huilen|janken|treuren|balen)|niet getreurd|stop met (?:huilen|janken|treuren|somberen)|vrolijk kijken',
        'anderen hebben het (?:(?:veel|nog|een stuk) )*(?:erger|zwaarder|slechter) dan (?:jij|jou)',
        'alles gebeurt met een (?:reden|doel)|(?:de )?tijd heelt (?:alle )?wonden|het heeft zo moeten zijn|wie weet waar het goed voor is|het is (?:vast|misschien|waarschijnlijk|ook maar) (?:maar )?beter zo',
      ],
      support: [
        'het (?:had|kon) (?:(?:nog|altijd|echt|wel|ook) )*(?:veel |een stuk |zoveel )?erger (?:gekund|kunnen zijn|kunnen aflopen|geweest)|het kan (?:altijd |nog )*(?:veel |een stuk )?erger',
        '(?:zie|bekijk) het (?:maar |nou |eens |toch )*(?:van de )?(?:zonnige|positieve|goede|vrolijke) kant|(?:kijk|focus) (?:maar |nou |eens |toch )*(?:naar|op) het positieve|(?:de|het) (?:zonnige|positieve) kant|het goede nieuws is',
        'gelukkig (?:heb|ben|kun|kan|hoef|mag|kom|weet) je (?:nog|wel|toch|tenminste|al|er nu|nu|niet meer)|gelukkig (?:is|was|wordt) het (?:maar|bijna|tenminste|nog|al|snel|dit|morgen|straks)|gelukkig (?:is|was|heeft|had) (?:hij|zij|ze)',
        'je (?:vindt|krijgt) (?:(?:heus|vast|wel|zeker|snel|weer) )*(?:een (?:nieuwe|andere)|iemand anders|iets anders)',
        '(?:in ieder geval|iig|tenminste|ten minste) (?:heb|ben|kun|kan|hoef) je|(?:dan )?(?:heb|ben|kun|kan|hoef) je (?:nu )?(?:in ieder geval|tenminste|ten minste)|je (?:hebt|bent|kunt|kan|hoeft) (?:nu )?(?:in ieder geval|tenminste|ten minste|iig)|het is (?:in ieder geval|tenminste|ten minste)|(?:in ieder geval|tenminste) (?:is|was) het',
        'het valt (?:(?:toch|vast|wel|best|allemaal|heus|nog|echt|ook) )*mee|(?:dat )?het (?:(?:toch|vast|wel|best|allemaal|heus) )*meevalt|zo erg is (?:het|dat) (?:(?:toch|nou|ook) )*niet|het is (?:(?:toch|nou|ook) )*niet (?:zo erg|zo slecht|heel erg|het einde van de wereld)',
        '(?:het|alles) komt (?:(?:vast|heus|wel|echt|allemaal|helemaal|zeker|uiteindelijk|weer|vanzelf) )*(?:goed|in orde)|komt (?:het|alles) (?:(?:vast|heus|wel|echt|allemaal|helemaal|zeker|uiteindelijk|weer|vanzelf) )*goed',
        'anderen hebben het (?:(?:veel|nog|een stuk) )*(?:erger|zwaarder|slechter)|er zijn mensen die het (?:(?:veel|nog) )*(?:erger|zwaarder|slechter) hebben',
        'het is (?:maar|ook maar|gewoon|slechts) (?:werk|een baan|een baantje|een job|geld|een hond|een kat|een huisdier|een sollicitatie|een (?:slechte )?dag)|je komt er (?:wel )?overheen',
        // Consolation as people say it: "da gaat over", "hoort erbij", "dan knap je wel op".
        "(?:het|da|dat|'t) gaat (?:(?:wel|vanzelf|echt|allemaal|heus) )*over$END|(?:dat )?hoort (?:er )?(?:nu eenmaal )?bij|(?:da's|dat is|zo is) (?:nu eenmaal )?het leven|welkom bij de club",
        '(?:dan )?knap je (?:(?:wel|vanzelf|snel|zo) )*(?:weer )?op|(?:dan )?(?:ben je|zijde|zijt ge) (?:(?:zo|snel|wel) )*weer (?:de oude|helemaal (?:de oude|fit))|(?:het )?zal (?:allemaal )?wel (?:loslopen|goedkomen)|(?:dat|da|het) loopt (?:allemaal )?wel los',
        '(?:die|dat|hij|zij|ze) (?:(?:gast|vent|man|vrouw|job|baan) )?(?:was|is) (?:je|jou|u) (?:niet|nie) waard|piekeren helpt (?:niemand|niet|niks|nie)|(?:die|deze) tijd gaat (?:zo )?(?:snel )?voorbij|komt (?:(?:wel|heus|vast) )*goed (?:schat|joh|lieverd|meid|jongen|man)',
        'gelukkig (?:hebt|heb|zijt|zijde|hebde|ben|bent) (?:ge|gij|je|jij)? ?(?:niks|niets|geen|tenminste)|gelukkig is het (?:de|het) laatste',
        // Round 14, from blind set 13's Dutch misses: a new day, coming out stronger, no drama.
        "morgen is (?:het|'t|da) (?:weer )?(?:een|nen|ne) nieuwe dag|(?:je|ge|gij) komt er (?:(?:echt|wel|vast|zeker|alleen maar) )*sterker uit|(?:da's|dat is|dit is|het is|'t is) (?:(?:echt|toch|nu|nou|ook) )*geen drama|(?:je|ge) (?:moet|hoeft|moogt) (?:je|u) (?:(?:echt|nu|nog) )*nergens zorgen (?:over|om) (?:te )?maken",
        'niet zo (?:zwaar )?(?:aan )?tillen|trek (?:het|je het) je niet (?:zo )?aan|trek het je niet (?:zo )?aan|maak je (?:nou |toch )?niet (?:zo )?druk|stel je niet (?:zo )?aan|je (?:overdrijft|dramatiseert)|niet zo dramatisch',
      ],
    },
    'shallow-checkin': {
      calm: [
        "hoe (?:gaat (?:het|ie|t|'t)|is (?:het|t|'t))(?: (?:met je|met jou|met u|ermee|daar|bij je|bij jou|zo|nou|verder|vandaag|met jullie))?(?: (?:joh|hoor|dan|allemaal))?$END",
        '(?:en )?alles (?:goed|oke|ok|okay|prima|lekker|kits|top|wel)(?: (?:met je|met jou|met u|daar|bij je|bij jou|thuis|verder|zo))?\\?',
        'hoe (?:staat|is|gaat) het leven$END',
      ],
    },
    'self-silencing': {
      always: [
        '(?:laat (?:maar|ook maar)(?: zitten)?|vergeet het(?: maar)?)[,.]? (?:ik red (?:het|me)(?: (?:wel|zelf|alleen|hoor))*|ik (?:los|zoek|doe|regel|fix) (?:het|dat)(?: (?:wel|zelf|alleen))* ?(?:op|uit)?|ik kom er (?:zelf )?wel uit)',
        '(?:ik )?wil (?:je|jou|jullie|niemand|iemand|anderen)(?: [a-z]+){0,5}? (?:lastig ?vallen|tot last zijn|storen|belasten|opzadelen)(?![^.!?\\n]{0,80}\\bmaar\\b)',
        'maak je (?:maar )?geen zorgen (?:om|over) (?:mij|me)|(?:ik )?red (?:het|me|mezelf) (?:wel )?alleen',
        'ik (?:moet|wil) (?:niet|niet zo) (?:zeuren|klagen|piepen|zeiken)(?![^.!?\\n]{0,80}\\bmaar\\b)',
        'ik (?:ben|voel me) (?:echt |heus )?(?:prima|oke|ok|goed),? (?:echt|heus|hoor|serieus)$END',
      ],
      calm: [
        'laat (?:maar|ook maar)(?: (?:hoor|joh|zitten|dan))?(?![^.!?\\n]{0,25}\\b(?:gevonden|gelukt|opgelost|werkt|gefixt|zie het|al goed|is goed|hoeft niet meer)\\b)$END',
        'ik red (?:het|me|mezelf)(?: (?:wel|zelf|prima|heus|best|echt|weer|hoor))*$END',
        'ik (?:los|zoek|knap|fix|regel|doe|kom) (?:het|dat|dit|alles|er)(?: (?:wel|gewoon|even|allemaal))* (?:zelf|alleen)(?: (?:wel|even|allemaal|gewoon))*(?: (?:op|uit|af))?',
      ],
    },
    'reply-pressure': {
      support: [
        'laat (?:je )?(?:(?:even|ff|snel|wel|gauw|alsjeblieft) )*(?:iets|wat) (?:van je )?horen',
        'laat (?:me )?(?:(?:even|ff|snel|wel|gauw) )*weten hoe het (?:met je )?(?:gaat|is)',
        '(?:hou|houd) me (?:even |ff )?(?:op de hoogte|posted)',
        '(?:bel|app) (?:me )?(?:(?:even|ff|snel|gauw) )*terug',
        'negeer je me|waarom (?:reageer|antwoord) je (?:nou )?niet|ik wacht (?:nog )?op je (?:antwoord|reactie|bericht)',
        '(?:reageer|antwoord) (?:even|ff|snel|alsjeblieft|aub|pls)',
      ],
    },
  },
  hardTimes: wordList(
    'gecondoleerd condoleances? dementie alzheimer overleden overlijden gestorven dood_?gegaan begrafenis uitvaart crematie ' +
      'rouw(?:en|t)? verdriet(?:ig)? (?:is|was|ben|bent|word|werd|erg|heel|zo|nog)_ziek ziek_(?:was|is|werd|geworden) ' +
      'ziekte ziekenhuis operatie geopereerd diagnose kanker chemo tumor ongeluk burn-?out overspannen uitgeput ' +
      '(?:ben|voel_me|helemaal)_kapot uitgeblust overwerkt angst(?:ig|aanval|aanvallen)? paniekaanvall?(?:en)? ' +
      'depressie(?:f)? somber (?:heb|heeft|hebt|hebben)_het_(?:zo_|erg_|heel_|best_|echt_|nogal_)?(?:zwaar|moeilijk) ' +
      '(?:zware|moeilijke)_(?:tijd|periode|weken|week|dagen|jaar) scheiding gescheiden uit_elkaar miskraam ontslagen ' +
      'slapeloos (?:slaap|sliep)_(?:slecht|niet) niet_(?:kan|kunt|kon)_slapen huil(?:en|de|t)? in_tranen eenzaam ' +
      'bang ongerust pijn trek_het_niet(?:_meer)? (?:is|wordt)_me_(?:allemaal_)?te_veel ik_kan_(?:het_)?niet_meer ' +
      "aan_(?:mijn|m'n|je|zijn|haar)_grens op_(?:mijn|m'n)_tandvlees ten_einde_raad einde_van_(?:mijn|m'n)_latijn " +
      "sterkte beterschap denk_aan_je leef_met_je_mee niet_(?:lekker|goed)_in_(?:je|m'n|mijn)_vel verlies " +
      'dierenarts laten_inslapen ingeslapen slechte_(?:review|beoordeling|evaluatie) relatiebreuk omgangsregeling verpleeghuis',
  ),
  sympathy: wordList(
    'wat_(?:rot|naar|erg|verschrikkelijk|vervelend|akelig|zwaar|heftig|balen|klote|kut|lullig) ' +
      '(?:rot|vervelend|naar|erg|lullig)_(?:om_)?te_horen balen baal klote kut(?:week|dag)? rot(?:week|dag|tijd) ' +
      'rotte_(?:week|dag|tijd|periode) gestrest stress(?!_?test) zenuwachtig nerveus zorgen_(?:om|over) ' +
      '(?:maak|maakt|maakte)_(?:me|zich|je)_zorgen gefrustreerd ' +
      '(?:voel|voelt|voelde)_(?:me|je|zich)_(?:rot|slecht|down|ellendig|kut|klote|alleen|verloren) ' +
      'pittige_(?:tijd|periode|week) slecht_nieuws (?:zo|wat|echt)_oneerlijk sorry_dat_je ' +
      '(?:rot|balen|naar|erg|vervelend|kut|klote)_van_(?:je|jouw|die|dat|het) (?:zo_|echt_)?rot_voor_je ' +
      '(?:rot|balen|vervelend|naar|erg|kut|klote|jammer)_dat_(?:je|jij|het|die|dat) kop_op zwaar',
  ),
  negations: wordList('niet nooit geen zonder in_plaats_van ipv liever_dan'),
  // "laat maar weten", "zeg maar iets": no turn, the same request goes on.
  turns: wordList('maar(?!_(?:weten|iets|wat|horen|gerust|een_seintje|laten_weten|zeggen)) want omdat dus hoewel'),
  work: WORK_WORDS,
  workTails: WORK_TAILS,
  workTalk: WORK_TALK,
  cues: {
    // A question, words to the reader, or a greeting that asks ("alles goed", "hoe gaat het").
    'shallow-checkin': [
      '\\?',
      '\\b(?:je|jij|jou|jouw|jullie|u|ge|gij|gie|hoe|hoest|hoeist|alles|gaat|gaatie|zijde|zijt|bende|ca va|cava)\\b',
    ],
  },
};
