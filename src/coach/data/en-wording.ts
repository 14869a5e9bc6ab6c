// Echt's own words in English: why a phrase may land badly, what to say instead, the
// phrase deck, and the concrete offers that fit what a draft is about. Written for chat:
// short, concrete, with [slots] the user fills in. Plain data.
import type { OccasionWording, Wording } from '../knowledge';
import {
  ACKNOWLEDGE,
  ASK_FOR_HELP,
  ASK_FOR_REAL,
  CONCRETE_HELP,
  EN_DECK,
  LISTEN,
  NO_REPLY_NEEDED,
  STAY_WITH_THEM,
} from './en-deck';

// Who a draft may be about besides the reader: family said through the person ("your gran",
// "about Grandpa"), and pets. A death or an illness is often named only this way.
const RELATIVE =
  'mum|mom|mam|mother|dad|father|gran|granny|grandma|grandmother|nan|nana|nanna|grandpa|grandad|granddad|grandfather|grandparents|parents|brother|sister|bro|sis|husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|son|daughter|kid|kids|child|children|baby|little one|uncle|aunt|auntie|aunty|cousin|niece|nephew|stepdad|stepmum|stepmom|stepfather|stepmother|grandson|granddaughter|grandkids?|grandchildren|hubby|spouse|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law|in-?laws';
const YOUR = '(?:your|ur|yr){1} (?:\\w+ )?';
/** "your dad", "ur little brother", "about Grandpa": a relative of the reader's. */
const THEIR_RELATIVE = `(?:${YOUR}|(?:about|abt|bout) )(?:${RELATIVE})\\b`;
/** "your dad", "about Grandpa": the relative (group 1) an offer can name; not chat spellings ("ur bro"). */
const CLOSE_RELATIVE = `\\b(?:your|ur|yr|about|abt|bout) (?:(?:little|baby|big|older|younger|twin|poor|dear|lovely|late) )?(${RELATIVE.replace(/\|(?:bro|sis|bf|gf)(?=\|)/g, '')})\\b(?!-)`;
const CHILD =
  'kid|kids|kiddo|child|children|son|daughter|toddler|twins|little one|wee one|wean|little (?:girl|boy|guy|man)|baby';
const PET = 'dog|doggo|pup|puppy|cat|kitty|kitten|bunny|rabbit|hamster|guinea pig|horse|pony|parrot|budgie|pet';
const SORROW =
  'sorr?y|sry|srry|soz|sad|awful|terrible|horrible|heartbroken|gutted|devastat\\w*|heard|news|condolences|worried|worrying|scary|rough|tough|thinking of|thoughts are with';
const HOSPITAL = 'hospital|hospitali[sz]ed|hospitali[sz]ation|icu|nicu|intensive care|a&e|emergency room|ward|admitted';
/**
 * A long list at the start of a pattern, kept as one alternative: prepare.ts spells a leading
 * group out into one alternative per word (so a page looks each up by its first letters), and
 * for these lists that would multiply the knowledge a chat tab receives. `{1}` stops it.
 */
const LEADING = (list: string) => `(?:${list}){1}`;
/** Within one sentence, a few words apart. */
const NEAR = '\\b[^.!?\\n]{0,40}\\b';

/** Time off for a loss: after a funeral, and for sad news said only through the person (often a death). */
const TIME_OFFER = 'Shall I cover your work this week so you can take the time you need?';
/** Said of the exams, not "your exams": it fits a child's exams as well as the reader's own. */
const EXAMS_OFFER = 'Shall I take [task] off your plate until the exams are done?';

/**
 * What a draft may be about, checked in this order: what matters most to the person first
 * (a death or a hospital before a move or a deadline), and someone else's illness before
 * their own (a sick child, a parent in hospital). Each with the offer that fits it: one easy
 * yes, short and neutral enough for a chat line and a formal note alike. Work talk must not
 * count: "the deploy died", "the build is sick", "moving the meeting", "a memory leak".
 */
const OCCASIONS: readonly OccasionWording[] = [
  {
    occasion: 'pet',
    words: [
      `${LEADING(`${YOUR}|the `)}(?:${PET})${NEAR}(?:died|passed away|gone|put to sleep|put (?:him|her|them) down|vet|sick|unwell|poorly|lost|missing|run over)`,
      `${LEADING(`${SORROW}|rip|loss|lost|losing|miss(?:ing)?`)}${NEAR}${YOUR}(?:${PET})`,
      // A name and a paw print ("so sorry about Bella 🐾"): a pet by its name. (The match ends
      // on the name's last letter: every pattern here must end at the end of a word.)
      '(?:sorry|sad|rip|heartbroken|condolences)\\b[^.!?\\n]{0,40}\\w(?= *(?:🐾|🐶|🐱|🐕|🐈))',
      'put to sleep|rainbow bridge|(?:losing|lost|loss of) a pet',
    ],
    offer: 'Shall I cover your meetings this afternoon so you can go home?',
  },
  {
    // A funeral that has taken place: the day is past, time to grieve is what helps.
    occasion: 'mourning',
    words: [
      "(?:after|since|back from|home from|got through) (?:the|his|her|their|your|ur|yesterday's) (?:funeral|cremation|memorial)|(?:funeral|cremation|memorial)(?: service)? (?:was|went|yesterday|last (?:week|night))|(?:funeral|cremation|memorial)(?:'s| is) (?:over|done|behind you)",
    ],
    offer: TIME_OFFER,
  },
  {
    occasion: 'funeral',
    words: [
      'funeral|memorial|cremation|condolences(?! (?:on|for|about) (?:the|your|ur) (?:sleep|lack of sleep|nights|sleepless nights|sleep schedule))|passed away|passing away|your loss|loss of (?:your|ur|her|his|their)|griev(?:e|ing)|(?:your|ur|in|with|the|through|such) grief|bereave(?:d|ment)|rest in peace',
      `${LEADING(`he|she|they|who|${RELATIVE}`)}(?:'s)? (?:\\w+ )?died|${LEADING(RELATIVE)}'s (?:passing|death)|(?:lost|losing) (?:your|ur|her|his|their) (?:${RELATIVE})`,
    ],
    offer: 'Shall I cover your work around the funeral?',
  },
  {
    // Someone close in hospital: being there is what helps, not rest.
    occasion: 'hospital-visit',
    words: [
      `${YOUR}(?:${RELATIVE})(?:'s|s)?${NEAR}(?:${HOSPITAL})`,
      `${LEADING(CHILD)}${NEAR}(?:${HOSPITAL})`,
      // A draft speaks to the reader: "he" or "she" in hospital is someone close to them.
      `(?:he|she|he's|she's) (?:\\w+ ){0,2}(?:in|at|to|into|out of|back in) (?:the )?(?:${HOSPITAL})`,
    ],
    offer: 'Shall I cover your work this week so you can be at the hospital?',
  },
  {
    // A pregnancy lost: time to rest and recover, gently; not "be with your family".
    occasion: 'pregnancy-loss',
    words: [
      'miscarriage|miscarried|miscarrying|pregnancy loss|lost the pregnancy|stillbirth|still-?born|ectopic|(?:lost|losing) (?:the|your|ur|their|her) baby',
    ],
    offer: 'Shall I cover your work this week so you can rest and take your time?',
  },
  {
    occasion: 'sick-children',
    words: [
      `${LEADING(CHILD)}${NEAR}(?:sick|(?:is|are|r|been|was|were|feeling) ill|poorly|unwell|fever|flu|vomiting|chicken ?pox|croup|ear infection|feels? better|better soon)`,
      `sick (?:${CHILD})|daycare (?:called|sent)`,
    ],
    offer: 'Shall I cover your afternoon so you can be home with them?',
  },
  {
    // A partner or parent who lost their job, or may: the worry is work and money, so help
    // with finding work, not time off to be with them, and not a look at the reader's own CV.
    occasion: 'family-job',
    words: [
      `${THEIR_RELATIVE}(?:'s)?${NEAR}(?:laid off|layoffs?|made redundant|redundanc(?:y|ies)|lost (?:his|her|their) job|(?:lost|losing) (?:his|her|their) (?:job|work)|(?:got|been|was|being) (?:fired|let go|sacked)|let (?:\\w+ ){0,4}go\\b)|${LEADING('layoffs?|redundanc(?:y|ies)|job cuts|retrenchments?|restructur(?:e|ing)')}${NEAR}${THEIR_RELATIVE}`,
    ],
    offer: 'Shall I ask around my network for job openings for {your family}?',
  },
  {
    occasion: 'newborn',
    words: [
      'newborn|new ?born|the baby|a baby|your baby|little one|new arrival|bundle of joy|paternity|maternity|parental leave|gave birth|was born|birth',
    ],
    offer: 'Can I drop off a meal for you this week?',
  },
  {
    // A child's exams, before the family lines below: a week off "to take the time you need"
    // is out of proportion for them.
    occasion: 'exams',
    words: [
      `${LEADING(CHILD)}(?:'s|s)?${NEAR}(?:exams?|finals|resits?|retakes?|gcses?|a-?levels|sats)\\b`,
      `(?:exams?|finals|resits?) (?:of|for) ${YOUR}(?:${CHILD})`,
    ],
    offer: EXAMS_OFFER,
  },
  {
    // A relative who is ill, hurt or recovering: being there for them is what helps.
    occasion: 'family',
    words: [
      `${YOUR}(?:${RELATIVE})(?:'s|s)?${NEAR}(?:accident|diagnosis|illness|stroke|holding up|coping|recovering|in recovery|in rehab|into care|care home|nursing home|heart attack|(?:a|bad|nasty) fall|cancer|condition|surgery|operation|dementia|treatment|chemo|crash)`,
      `${YOUR}(?:${RELATIVE})'s fall\\b`,
      // The treatment before the person: "chemo week again for your mum".
      `${LEADING('chemo|chemotherapy|radiotherapy|radiation|dialysis|rehab')}${NEAR}(?:for|of|with) ${YOUR}(?:${RELATIVE})\\b`,
    ],
    offer: 'Shall I cover your work this week so you can be there for {your family}?',
  },
  {
    // Bad news said only through the person ("so sorry about your grandad"): often a death,
    // so the offer must not speak of being there for them.
    occasion: 'family-news',
    words: [
      `${LEADING(SORROW)}${NEAR}${THEIR_RELATIVE}`,
      // Trouble at home, unnamed: family too.
      '(?:hard|tough|rough|difficult|a lot|heavy|messy|bad) (?:at|back) home|(?:going on|happening|things|stuff|everything) (?:at|back) home|(?:home|family) (?:situation|stuff|trouble|issues|problems|drama)',
    ],
    offer: TIME_OFFER,
  },
  {
    // Someone else's operation ("his op", "Daan's surgery"): being there on the day, not rest.
    occasion: 'their-surgery',
    words: [
      "(?:his|her|their) (?:surgery|op|operation)\\b|(?:he|she|they)(?:'s| is| was| are| were| has| had| have) (?:\\w+ ){0,2}(?:surgery|operated on)|(?!(?:today|tomorrow|tmrw|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|year|month|everyone|team|company|ur|your|my|his|her|their|it|that|what|who|there|here|he|she|one)'s)[a-z]+'s (?:knee |hip |back |heart |eye |shoulder |big |major )?(?:surgery|op)\\b(?!-)",
    ],
    offer: 'Shall I cover your work on the day so you can be with them?',
  },
  {
    occasion: 'surgery',
    words: [
      '(?:your|ur|his|her|knee|hip|back|heart|eye|shoulder|major|minor|emergency|keyhole|from|after|before|having|had|has|have|need|needs|for) surgery|surgery (?:went|goes|tomorrow|tmrw|today|on)|post-?op|(?:your|ur|his|her) (?:op|operation)|op (?:goes|went|go|is|was|tomorrow|tmrw|today|on)|(?:knee|hip|back|heart|eye|shoulder) (?:op|operation)|(?:having|have|had|going in for|booked in for|scheduled for) (?:an? |the |your )?(?:op|operation|surgery)',
    ],
    offer: 'Shall I cover your meetings while you recover?',
  },
  {
    // Off work already (signed off, on sick leave): covering their work misreads it; keeping
    // work from chasing them while they are off does not.
    occasion: 'sick-leave',
    words: [
      "(?:mental health|sick|stress|medical) leave|sick (?:day|note)|mental health (?:day|break)|(?:off|out|home|signed off) sick|signed off (?:work|for|with|sick)|(?:been|you're|you are|youre|ur|got|getting|being) signed off(?! (?:on|the|by|it|that|this))",
    ],
    offer: "Shall I make sure nobody at work chases you while you're off?",
  },
  {
    occasion: 'illness',
    words: [
      'hospital|hospitali[sz]ed|icu|intensive care|a&e|chemo|cancer|(?:your|ur|the|a|his|her|this) diagnosis|diagnosed with|illness|flu|covid|migraine|biopsy|scan results?|concussion|injur(?:y|ies|ed)|broken (?:leg|arm|wrist|ankle|foot|rib)|burn-?out|burnt out',
      // Not "ill" after any word: "anything you need ill do" is "I'll".
      "(?:you're|you are|youre|you were|ur|u r|u|you|been|feel|feeling|fell|falling|getting|call(?:ed|ing) in) (?:\\w+ )?(?:sick(?! of)|unwell|poorly)",
      "(?:you're|you are|youre|you were|u r|been|feeling|fell|falling|getting|very|seriously|really) ill",
      "(?:you're|you are|youre|ur|u r|you've been|feeling) (?:still |so |really )?not (?:feeling )?(?:well|great|good|so good|100%)|under the weather|(?:not|barely|hardly|can'?t) sleep(?:ing)?|insomnia|sleepless",
      'panic attacks?|(?:your|ur) (?:anxiety|depression|mental health)|(?:quick|speedy|full|fast|good) recovery|get well|feel better|on the mend|rest up',
      "hospital stay|inpatient|discharged|kept (?:you|u) in|(?:in|to) the (?:er|a&e|emergency room|emergency department)(?! (?:diagram|model))|(?:you've|you have|youve|you were|you got|u got|you're|you are|been|got|being){1} (?:\\w+ )?(?:re)?admitted(?! (?:it|that|to (?:the )?(?:program|programme|course|uni|university|college|school|bar)))|(?:your|ur) (?:hospital )?admission(?! (?:api|form|to|letter|fee|ticket|test|flow|endpoint|service|page|date))",
      '(?:your|ur|the|a) doctor|(?:your|ur) treatment|(?:the|your|ur|car|bike|cycling|road) accident|(?:car|bike|motorbike|motorcycle|cycling|road) crash',
    ],
    offer: 'Shall I cover your meetings this week so you can rest?',
  },
  {
    // Money trouble: debts, bills, rent. An afternoon off does not pay a bill; knowing what
    // help the employer has (an advance, a fund, advice) may, asked for without their name.
    occasion: 'money',
    words: [
      "money (?:stress|worries|worry|trouble|troubles|problems|issues|stuff|situation|side)|(?:financial|cash|cashflow) (?:stress|worries|trouble|troubles|difficulties|hardship|mess|problems)|financially (?:tight|stretched|struggling)|(?:in|into|drowning in|buried in|out of) debt\\b|(?:your|ur|the|his|her|their|personal|credit card|student) debts?\\b|debt (?:advice|collectors?|counsell?ing|management|help)|bailiffs?|(?:behind|arrears) (?:on|with) (?:the |your |ur )?(?:rent|bills|mortgage)|rent arrears|(?:can't|cannot|cant|struggling to) (?:pay|afford) (?:the |your |ur )?(?:rent|bills|mortgage)|bills (?:piling|stacking) up|bankrupt(?:cy)?\\b|payday loans?|rent (?:went up|going up|goes up|increase|hike|rise)|(?:raised|raising|put up|putting up|upped|hiked) (?:the|your|ur) rent",
    ],
    offer: 'Shall I ask HR, without naming you, what help there is with money worries?',
  },
  {
    // Trouble with the home itself: fire, water, a break-in, a landlord, nowhere to live.
    occasion: 'home',
    words: [
      '(?:house|home|flat|apartment|kitchen) fire|fire (?:at|in) (?:your|ur|the) (?:place|house|flat|home|building|block|apartment)|(?:the|your|ur) flood(?:ing|s)?(?! of)|flood(?:ed|ing)? (?:damage|at)|(?:house|home|flat|place|basement|cellar|kitchen) (?:\\w+ )?(?:flooded|flooding)|water damage|burst pipe',
      'burglary|burgled|break-?in|broken into|robbed|(?:your|ur|yr|the) landlord|landlord (?:drama|trouble|thing|situation|stuff|issues?|problems?|from hell)|(?:been|being|get|got|getting|facing) evicted|(?:an|the|your|ur) eviction(?! policy)|homeless|storm damage|(?:your|ur) (?:house |home |kitchen |bathroom |loft )?(?:renovation|reno|rebuild)\\b|(?:your|ur) (?:builders|builder|contractor)\\b(?! (?:pattern|class|api|function|image|tool|method))',
    ],
    offer: 'Shall I cover your work tomorrow so you can sort things out at home?',
  },
  {
    // Trouble finding or keeping a place: a sale or purchase falling through, a mortgage
    // refused, a search that drags on. Time for the calls and viewings helps.
    occasion: 'housing',
    words: [
      // Not "the flat file import fell through" or "the home screen redesign".
      `${LEADING('the|your|ur|their|our|a|new|dream')} (?:flat|house|apartment|condo|mortgage)(?! (?:file|files|structure|rate|fee|list|map|style|rules))\\b[^.!?\\n]{0,25}\\b(?:fell|falling|fallen|falls|fall|collapsed|collapsing) through`,
      '(?:sale|purchase) of (?:the|your|ur) (?:flat|house|home|apartment)|(?:house|flat|apartment) (?:sale|purchase|hunt|hunting|search|viewings?)|(?:house|flat|apartment)-hunting|mortgage (?:\\w+ )?(?:rejected|declined|refused|denied)|landlord (?:is )?selling|outbid|gazumped|(?:the|your|ur|their) (?:buyers?|sellers?) (?:\\w+ )?(?:pulled|backed|dropped|walked) (?:out|away)|(?:lost|losing) (?:the|your|ur) (?:flat|house|apartment)|(?:the|your|ur) move (?:\\w+ )?(?:fell|falling|fallen|has fallen) through',
      '(?:the|your|ur) (?:flat|apartment|house|housing) (?:situation|thing|stuff|drama|issue|mess|hunt|search)|housing (?:situation|crisis|trouble|issues?|problems?|stuff|mess)',
    ],
    offer: 'Shall I cover your afternoon so you can sort out the housing stuff?',
  },
  {
    occasion: 'break-up',
    words: [
      'divorce|divorcing|divorced|(?:broke|breaking|split|splitting) up with|(?:the|your|ur|a) break-?up|(?:you|you two|you guys|they)(?: and \\w+)? (?:broke|split) up|split from (?:his|her|their|your|ur|my)|trial separation|relationship (?:is |has )?(?:over|ended|ending|finished)|(?:got|been|was|were|getting) dumped|(?:the|your|ur) separation',
    ],
    offer: 'Shall we get lunch this week? My treat.',
  },
  {
    occasion: 'job-loss',
    words: [
      "laid off|layoffs?|made redundant|redundanc(?:y|ies)|retrench(?:ed|ments?)|(?:been|being|got|get|were|was) (?:\\w+ )?let go(?! of)|(?:you|u|you've|youve) (?:got |were |been |have been )?fired(?! (?:off|up|the|a|an))|fired (?:you|u)|(?:lost|losing) (?:your|ur|yr) job|failed (?:your|ur|the) probation|(?:your|ur) contract (?:wasn't|was not|isn't|is not|won't be|will not be|not) (?:being )?renewed|(?:your|ur) job (?:search|hunt)",
      // A job at risk: a restructure or a consultation, not only a job already gone.
      '(?:the|a|this|that) (?:restructure|restructuring|reorg|reorganisation|reorganization)(?! (?:of|in) (?:the )?(?:code|repo|module|modules|schema|folders?|files?|tables?|api|components?|data|tests?|pipeline|backlog|board|docs?))|(?:your|ur) (?:role|job|position) (?:\\w+ )?(?:at risk|on the line|being cut|cut)|at risk of redundancy|redundancy consultation',
    ],
    offer: 'Shall I look over your CV with you this week?',
  },
  {
    // A job or role applied for and not given: the next application is what help can serve.
    occasion: 'not-chosen',
    words: [
      "(?:didn't|did not|didnt|won't|will not) get (?:the|that|this) (?:[\\w-]+ ){0,2}(?:job|role|position|post|place|offer)\\b(?! (?:done|finished|running|to))|(?:job|role|position|post) (?:went to someone else|went to (?:an )?(?:internal|external) candidate)|(?:rejected|turned down|rejection) (?:for|from) (?:the|that|this) (?:job|role|position|post)\\b(?! (?:queue|runner|scheduler|board))|(?:job|application|interview) (?:rejection|didn't work out|did not work out|didnt work out|fell through)|(?:not|weren't|wasn't|didn't get) (?:been )?shortlisted",
      `${LEADING('sorry|sry|gutted|shame|unlucky|heard')}\\b[^.!?\\n]{0,20}\\b(?:about|abt|bout|re) (?:the|that) (?:job|role|position|post|interview|application) (?:at|with|in)\\b(?! *(?:\\d|midnight|night|noon|the (?:weekend|end|start)))`,
    ],
    offer: 'Shall we look over your next application together this week?',
  },
  {
    // An admin burden: forms, permits, an adoption, a court date, the appointments they bring.
    occasion: 'paperwork',
    words: [
      // Tax and insurance only as theirs: a tax return or an insurance claim may be the product.
      'paperwork|red tape|bureaucracy|(?:visa|residence permit|work permit|immigration|citizenship|naturali[sz]ation|green card|adoption|custody|probate){1} (?:application|paperwork|papers|appointments?|interview|renewal|process|stuff|hearing|forms?|lawyer|case|office|agency|hell|nightmare|drama)(?! (?:for|of) (?:the|our|a|this) )|(?:your|ur) (?:tax|insurance|passport) (?:return|audit|claim|forms?|paperwork|stuff|renewal|appointment)|claim on (?:your|ur) (?:own )?(?:house|home|car|flat|place)',
      '(?:your|ur) (?:visa|adoption|residence permit|work permit|immigration case|probate|custody case|lawyer|solicitor)(?! (?:card|rate|api|metrics|curve|of))|adopting (?:a|their|your|ur)|home study|embassy|consulate',
      // Things stolen or lost: the police report, the insurance, new cards.
      `(?:stolen|nicked|pinched|pickpocketed|mugged)\\b|${LEADING(SORROW)}${NEAR}${YOUR}(?:bike|laptop|phone|wallet|purse|bag|keys|passport|car)\\b`,
    ],
    offer: 'Shall I cover your afternoon so you have time for paperwork and appointments?',
  },
  {
    occasion: 'move',
    words: [
      // "the house is sold and you have to be out in 3 weeks"
      '(?:house|flat|apartment|place|home) (?:\\w+ )?(?:got |has been |was |is |been )?sold|(?:have|has|need|needs|got) to (?:be out|move out|get out|leave the (?:house|flat|apartment|place))',
      'moving (?:house|home|day|flats?|apartments?|places|countries|cities|abroad|in together|in with)|moving out(?! of)|mov(?:e|ed) (?:house|out|in)|house move',
      '(?:the|your|ur|big) move(?! to (?:the )?(?:new )?(?:cloud|aws|azure|gcp|k8s|kubernetes|office|floor|building|site|platform|system|stack|server|repo))|new (?:house|flat|apartment|place|home)|(?:packing|moving|cardboard) boxes|boxes to (?:pack|unpack)|unpacking|packing up|relocation|relocating (?:to|abroad)',
    ],
    offer: 'Shall I come and help you carry boxes on Saturday?',
  },
  {
    // Exams that went badly: the next attempt is what help can serve, not "until they are done".
    occasion: 'exam-results',
    words: [
      "(?:exams?|finals|resits?|retakes?|results?|grades?){1} (?:\\w+ )?(?:went|were|was|came back|turned out) (?:\\w+ )?(?:badly|bad|awful|terrible|rough|not great|disappointing)|(?:failed|didn't pass|didnt pass|did not pass|flunked) (?:your|ur|the|his|her|their|my|a|an|that) (?:\\w+ )?(?:exams?|finals|resits?|retakes?|tests?|osce|boards|modules?)|(?:exam|finals|test) results? (?:weren't|were not|wasn't|was not|werent|wasnt)|results (?:weren't|were not|werent) what",
      `${LEADING('sorry|sry|gutted|shame')}\\b[^.!?\\n]{0,20}\\b(?:about|abt|bout|re) (?:the|your|ur) (?:exam |test |finals |final )?results\\b`,
    ],
    offer: 'Shall I take [task] off your plate while you prepare for the resit?',
  },
  {
    occasion: 'exams',
    words: ['exams?|finals|studying for|revision (?:week|period)|thesis|dissertation|resits?|retakes?'],
    offer: EXAMS_OFFER,
  },
  {
    occasion: 'deadline',
    words: ['deadlines?|due (?:date|tomorrow|friday|monday|today)|crunch|submission|the launch'],
    offer: 'Could I take [task] off your plate before the deadline?',
  },
  {
    occasion: 'bad-review',
    words: [
      "(?:bad|tough|harsh|rough|negative|poor|awful|unfair|brutal|scathing) (?:performance )?(?:review|feedback|appraisal)|(?:review|feedback|appraisal|evaluation|assessment){1} (?:went|was|were) (?:\\w+ )?(?:badly|bad|rough|awful|harsh|unfair|brutal|tough)|(?:review|appraisal|evaluation|assessment|interview) (?:didn't|did not|didnt) go (?:your|ur) way|(?:360|peer|upward) (?:feedback|review)|(?:talk|chat|meeting|conversation|1:1|one-on-one){1} with (?:hr|(?:your|ur|the) (?:manager|boss))\\b[^.!?\\n]{0,20}\\b(?:didn't go|did not go|went badly|was rough|was tough|was awful|was harsh)",
      'performance review|appraisal|on a pip|put on (?:a )?pip|performance improvement plan',
      // A promotion that did not come is feedback too: talking it through helps.
      "(?:promotion|promo) (?:didn't|did not|didnt) go (?:your|ur) way|(?:didn't|did not|didnt|won't|will not) get (?:the|that|your|ur|a) (?:promotion|promo)|passed over (?:for|again)|(?:the|your|ur) (?:promotion|promo) (?:fell through|went to|didn't happen|did not happen|didn't go through|didnt go through|did not go through|didn't come through|didnt come through)",
      `${LEADING('sorry|sry|gutted|shame|unlucky')}\\b[^.!?\\n]{0,20}\\b(?:about|abt|bout|re) (?:the|that|your|ur) (?:promotion|promo)\\b`,
      '(?:promotion|promo) (?:list|round|announcements?|results|decisions?)\\b',
      // "the review" alone after sympathy is their review, not a code review ("the review of
      // the PR", "the review comments").
      `${LEADING('heard|hear|hearing|sorry|sry|news')} (?:about|abt|bout|of|re) (?:the|your|ur|yr) (?:review|appraisal|evaluation)(?! (?:of|comments?|queue|requests?|tool|app|board|meeting|process|cycle|doc|notes|thread|on))`,
      `${LEADING('sorry|sry|gutted|shame')} (?:that )?(?:the|your|ur|yr) (?:review|appraisal|evaluation) (?:went|didn't|did not|wasn't|was not)`,
      "(?:your|ur) (?:annual|yearly|year-end|mid-year|midyear|end of year|end-of-year|quarterly|probation) review|(?:your|ur) (?:review|evaluation) (?:went|didn't go|did not go|wasn't|was not)|review (?:didn't|did not) go (?:well|great)|extended (?:your|ur|the) probation|probation (?:got |was |been |being )?extended|(?:your|ur) (?:manager|boss)(?:'s)? (?:feedback|comments)",
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
  relative: CLOSE_RELATIVE,
};
