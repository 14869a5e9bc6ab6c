// English phrases that tend to land badly or vaguely, and the words around a phrase that
// change what it means. Plain data; rules/compile.ts says how a pattern is written.
import type { RuleData } from '../knowledge';
import { WORK_TAILS, WORK_TALK, WORK_WORDS, wordList } from './work';

const RELATIVE =
  '(?:mom|mum|dad|mother|father|grandma|grandpa|gran|nan|wife|husband|partner|sister|brother|son|daughter|kids?|dog|cat|friend)';
const ASK_ME = '(?:let me know|lmk|tell me|just ask|shout|ping me|message me|text me|call me|reach out)';
const HELP_NOUN = '(?:anything|something|any help|a hand|help)';
const ALONE = '(?:myself|alone|on my own|by myself|somehow)';

export const EN_RULES: RuleData = {
  phrases: {
    'vague-offer': {
      calm: [
        `(?:please )?${ASK_ME} (?:if|when|whenever) (?:you need|there'?s|there is) ${HELP_NOUN}(?! else| more)`,
        `(?:please )?${ASK_ME} (?:if|when|whenever) i can (?:do anything|do something|help|be of (?:any )?help)`,
        "if (?:there'?s|there is) anything (?:at all )?(?:(?:i|we) can do|(?:i|we) can help with|you need(?! for| from))",
        '(?:is there )?anything (?:at all )?(?:i|we) can do(?: to help| for you)?',
        "whatever you need(?:,? (?:just ask|let me know|i'?m here|shout|say the word))?",
        '(?:can|could) i (?:do anything|help(?: in any way| with anything)?)(?: for you)?\\?',
        "(?:i'?m (?:here|around|available) )?if you need (?:anything|something|any help|a hand|help)(?! else| more| from (?!me)| for)",
        "(?:please )?don'?t hesitate to (?:ask|reach out|let me know|get in touch|contact me|call|ping me|message me)",
        'you know where to find me',
        '(?:just )?say the word',
      ],
    },
    advice: {
      always: [
        '(?:maybe |perhaps |i think )?(?:just|you need to|you have to|you should|you just need to|you just have to) (?:relax|calm down|think positive(?:ly)?|stay positive|be positive|let it go|move on|get over it|stop worrying|not think about it|push through|toughen up)',
        'try (?:not to (?:worry|stress|think about it)|to (?:relax|stay positive|think positive(?:ly)?|not worry|let it go))',
      ],
      support: [
        "(?:maybe |perhaps |i think |honestly,? )?you(?: really| honestly| seriously| just)?(?: should| ought to| need to| have to| gotta| could (?:just|always|try)| might want to|'?d better| had better)(?! (?:not (?:feel|have)|take (?:all )?(?:the|your) time|take care|feel free|know|be proud|be kidding|have (?:got|received)|hear))",
        "why (?:don'?t you|not (?:just )?(?:take|try|go|talk|ask|tell))",
        '(?:have|did) you (?:tried|try|thought about|think about|considered|consider)',
        'if i (?:were|was) you',
        '(?:my|a word of|some) advice',
        'what you need (?:is|to do)',
        '(?:stop|quit) (?:worrying|stressing|dwelling)(?: so much| about it)?',
        'just (?:take a (?:break|holiday|day off|few days off)|get some (?:sleep|rest)|ignore (?:it|them)|quit|talk to (?:them|your manager|hr))',
      ],
    },
    comparison: {
      always: [
        "i know (?:exactly |just |totally )?how (?:you'?re feeling|you feel|it feels|that feels)(?! about)",
        "i know (?:exactly )?what (?:you'?re|you are) going through",
        "i(?: had| went through|'?ve had| have had|'?ve been through) it (?:way |much |even )?worse",
      ],
      support: [
        "i know (?:the|that) feeling|i know what (?:you mean|that'?s like|it'?s like)",
        '(?:the )?same (?:thing )?happened to me|(?:that|this|it) happened to me(?: too| as well| once)?',
        "i(?: had| went through|'?ve had| have had|'?ve been through| have been through| dealt with| experienced) (?:exactly |pretty much )?(?:the same(?: thing)?|something similar|something like that|(?:that|this)(?= +(?:too|as well|once|last|when|a few|years|myself)| *(?:[.!?,;\\n]|$)))",
        "(?:i'?ve )?been there(?:,? done that)?|i'?ve been through (?:it|that|this)",
        `when (?:i|my ${RELATIVE}) (?:went through|was going through|lost|had (?:my|his|her|the same|a burnout|burnout|cancer|surgery)|got (?:sick|ill|divorced|laid off|fired)|broke up|died|passed(?: away)?|was (?:in (?:the )?hospital|sick|ill|diagnosed))`,
        `my ${RELATIVE} (?:also|too) (?:had|went|was|died|passed|got)|my ${RELATIVE} had (?:the same|that|it|[a-z'\x20-]{1,30}? too)`,
        'i (?:also|too) (?:had|went through|lost|struggled with|dealt with)',
        'reminds me of (?:when|the time) i',
        "(?:you think|and you think) that'?s bad|that'?s nothing(?: compared to)?",
        "i (?:was|felt|got) (?:so |really |also |just as |super )?(?:stressed|anxious|nervous|scared|sick|burnt out|burned out|exhausted|depressed|overwhelmed|lonely|low|down)(?: [a-z']+){0,6} too",
      ],
    },
    minimizing: {
      always: [
        "cheer up|chin up|don'?t be (?:so )?(?:sad|down|upset|negative)|don'?t cry|stop crying",
        '(?:others|other people|some people|lots of people) have it (?:way |much |so much |a lot )?worse than you',
        "(?:every)?things? happens? for a reason|it was meant to be|it'?s (?:all )?for the best|it (?:was|is) probably for the best|time heals(?: all wounds)?",
      ],
      support: [
        "at least (?:you|you'?re|you'?ve|you'?ll|you still|your|it|it'?s|it was|it wasn'?t|he|he'?s|she|she'?s|they|they'?re|there|the|this|that|now)\\b",
        "(?:it |things |that )?could(?: always)?(?: be| have been|'?ve been) (?:a lot |so much |much |way )?worse",
        '(?:look|looking) (?:on|at) the bright side|on the (?:bright|plus) side|(?:the |a )?silver lining|a blessing in disguise',
        "(?:it|that)(?: isn'?t| is not|'?s not) (?:that|so|too) bad|(?:it'?s |that'?s )?not the end of the world|(?:it'?s|it is) not a big deal",
        "(?:it'?ll|it will|everything will|everything'?ll|it'?s (?:all )?going to|it'?s gonna|things will|it'?ll all) (?:be (?:fine|ok|okay|alright|all right)|work out)",
        '(?:others|other people|some people|lots of people) have it (?:way |much |so much |a lot )?worse',
        "(?:it'?s|it is|it was) (?:just|only) (?:a job|work|a dog|a cat|money|one (?:job|interview|day)|a (?:bad day|setback|phase))",
        "(?:you'?ll|you will) get over it|(?:you'?ll|you will) (?:find|meet) (?:someone|another|a new)|plenty (?:more )?fish in the sea",
        "you'?re (?:overthinking|overreacting)(?: it)?|you'?re being (?:dramatic|too sensitive)|don'?t take it (?:so |too )?(?:personally|hard)",
      ],
    },
    'shallow-checkin': {
      calm: [
        "how(?: are| r|'?re) (?:you|u|ya|y'?all|we)(?: doing| going)?(?: today| this week| these days| lately| with you)?(?: man| mate| buddy| dude)?$END",
        "how(?:'?s| is) (?:it going|everything|things|life)(?: going)?(?: today| so far)?$END",
        "how (?:are|r) things(?: with you)?$END|how (?:you|ya) doin'?g?$END|hru$END|how(?:'?ve| have) you been(?: doing)?$END",
      ],
    },
    'self-silencing': {
      always: [
        `(?:never ?mind|nvm|forget (?:it|i asked|about it)|ignore (?:me|that|my (?:last )?message))[,.]? (?:i'?ll (?:just )?(?:manage|cope|be (?:fine|ok|okay))|i can manage)(?: ${ALONE})?`,
        "i (?:just |really )?(?:don'?t|do not|didn'?t) want to (?:dump (?:this|it|(?:all )?my stuff|everything) on (?:you|anyone)|be a burden|burden (?:you|anyone)|bother (?:you|anyone|the team)|be a bother|make a fuss|impose|be a pain)(?![^.!?\\n]{0,80}\\bbut\\b)",
        "i (?:shouldn'?t|should not) (?:complain|be complaining|whine)(?![^.!?\\n]{0,80}\\bbut\\b)",
        "don'?t worry about me|i'?ll (?:be fine|manage|cope) on my own|i'?ll (?:do|handle|figure out|sort out) (?:it|this|everything) (?:all )?(?:on my own|alone|by myself)",
        "i'?m (?:fine|ok|okay),? (?:really|honestly|seriously)$END",
      ],
      calm: [
        `(?:never ?mind|nvm|forget (?:it|i asked)|ignore (?:me|that))[,.]? i'?ll (?:just )?(?:figure it out|sort it out|deal with it|do it|handle it)(?: ${ALONE})?`,
        `i'?ll (?:just )?(?:manage|cope|be (?:fine|ok|okay|alright))(?: ${ALONE})?$END`,
        `i'?ll (?:just )?(?:figure|sort|work) (?:it|this|that|things) out ${ALONE}|i'?ll (?:just )?(?:do|handle|deal with|fix|sort) (?:it|this|that|everything)(?: all)? ${ALONE}|i can (?:handle|manage|do) (?:it|this)(?: all)? ${ALONE}`,
        '(?:never ?mind|forget it|nvm|forget i asked|ignore me)(?![^.!?\\n]{0,25}\\b(?:found|fixed|works|working|got it|figured|sorted|solved|see it|saw it)\\b)$END',
      ],
    },
    'reply-pressure': {
      support: [
        "let me know how (?:you'?re|you are|it'?s|it is|things are|everything is) (?:doing|going|holding up|feeling|coping)",
        "let me know (?:that |if )?(?:you'?re|you are) (?:ok|okay|alright|all right|safe)",
        '(?:please )?(?:text|call|message|write) me back|(?:please )?get back to me',
        '(?:reply|respond|answer) (?:asap|soon|please|when you see this|as soon as you can)|please (?:reply|respond|answer)',
        'keep me (?:posted|updated|in the loop)',
        "why (?:haven'?t|didn'?t|aren'?t|won'?t) you (?:replied|reply|answered|answer|responded|respond|replying|answering|called|call)",
        'are you ignoring me',
        "(?:i'?m )?(?:still )?waiting (?:for|on) (?:your|a) (?:reply|answer|response|message)|you (?:haven'?t|didn'?t) (?:replied|answered|responded)",
      ],
    },
  },
  hardTimes: wordList(
    'passed_(?:away|on) died dying death funeral dementia alzheimer condolences griev(?:e|ing) grief ' +
      "(?:is|was|are|'re|am|'m|got|been|feel(?:ing)?|still|very|so|really|off)_(?:sick|ill) illness hospital " +
      'surgery an_operation chemo cancer tumou?r diagnos(?:is|ed) injur(?:y|ed) (?:an|the|car|bike|bad)_accident ' +
      'burn-?out burn(?:ed|t)_out exhausted depress(?:ed|ion) panic_attacks? struggl(?:e|es|ed|ing) ' +
      '(?:hard|tough|rough|difficult)_(?:time|times|year|period|patch) ' +
      'going_through_(?:a_lot|so_much|something|this|that|hell|a_hard|a_tough|a_rough) break-?up broke_up split_up ' +
      'divorc(?:e|ed|ing) evict(?:ed|ion) bad_(?:review|feedback) miscarriage lost_(?:my|her|his|their|your|the_baby|a_baby) your_loss laid_off layoffs? ' +
      "(?:been|was|were|got|being)_(?:let_go|fired) redundan(?:t|cy) can'?t_sleep crying cried in_tears " +
      "heartbroken devastat(?:ed|ing) scared afraid lonely (?:so|really|very|feeling|i'?m|i_am)_(?:sad|down|low) " +
      'not_(?:ok|okay|doing_(?:well|great|good|ok|okay)) falling_apart at_(?:my|your|his|her|their)_limit drowning ' +
      "(?:it'?s|it_is|this_is|everything_is|things_are)_(?:all_)?(?:getting_)?too_much can'?t_cope breaking_point " +
      'mental_health therap(?:y|ist) sick_leave get_well feel_better_soon hang_in_there thinking_of_you ' +
      'take_care_of_yourself in_pain the_vet put_(?:him|her|them)_down',
  ),
  sympathy: wordList(
    "sorry_(?:to_hear|you'?re_going_through|that_happened|about_(?:that|this|your|the_news)) " +
      "sorry_(?:that_)?you(?:'re|_are|_didn'?t|_weren'?t|_couldn'?t|_lost|_had_to|_have_to|_got) " +
      '(?:so|really|very|truly|terribly)_sorry rejection cheer_up chin_up ' +
      'that_sounds_(?:really_)?(?:hard|rough|awful|terrible|tough|horrible|difficult|scary|exhausting|stressful|like_a_lot) ' +
      "sounds_(?:really_)?(?:hard|rough|awful|tough) that'?s_(?:so_|really_)?(?:awful|terrible|horrible|rough|hard|tough|brutal|heartbreaking|unfair|rubbish|crap) " +
      "i'?m_(?:so_|really_|very_)?sorry bad_news worried nervous stressed(?:_out)? stressful stress(?!_?test) anxious " +
      'anxiety overwhelmed frustrat(?:ed|ing) upset ' +
      '(?:awful|terrible|horrible|rough|tough|hard|long|crappy|shitty|bad)_(?:day|days|week|weeks|night|news|year) ' +
      '(?:feel|feeling|felt)_(?:bad|awful|terrible|rubbish|crap|crappy|down|low|lost|alone|stuck|useless|like_a_failure|like_crap) ' +
      'gutted (?:so|really)_unfair bummed that_sucks',
  ),
  negations: wordList(
    "not never no without avoid instead_of rather_than don'?t won'?t wouldn'?t shouldn'?t didn'?t can'?t cannot",
  ),
  turns: wordList('but though although however so because cause'),
  work: WORK_WORDS,
  workTails: WORK_TAILS,
  workTalk: WORK_TALK,
  cues: {
    // A question, words to the reader, or a greeting that asks ("sup", "what's good").
    'shallow-checkin': [
      '\\?',
      "\\b(?:you|u|ya|yall|ye|yourself|ur|youre|how|hows|hru|wyd|wbu|hbu|doing|holding|hanging|going|sup|wassup|whatsup|what'?s (?:up|good|new|happening)|bro|fam|mate|dude|buddy|pal)\\b",
    ],
  },
};
