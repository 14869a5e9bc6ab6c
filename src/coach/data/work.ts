// Work words of English and Dutch chat (Dutch work chat borrows most English terms), as data.
// A phrase whose clause is about one of these things is about the work, not the person:
// "you should just rebase", "I had the same error", "at least the tests pass".

/** Word lists are written as one string: spaces separate entries, `_` is a space inside one. */
export function wordList(list: string): string[] {
  return list.split(' ').map((entry) => entry.replaceAll('_', ' '));
}

export const WORK_WORDS = wordList(
  'prs? mrs? pull_requests? merg(?:e|ed|es|ing|en) rebas(?:e|ed|es|ing|en) commits? branch(?:es)? repos? ' +
    'git(?:hub|lab)? diffs? patch(?:es)? (?:re)?review(?:s|ed|ing|ers?)? gereviewd approv(?:e|ed|al) lint(?:er|ing)? ' +
    'refactor(?:ing|en)? code force_push pushen typescript python sql css npm packages? dependenc(?:y|ies) ' +
    'versions? versie node(?:js)? compil(?:e|er|ing) scripts? functions? endpoints? api frontend backend schema ' +
    'quer(?:y|ies) database db cache config env dns vpn timeouts? certs? certificates? passwords? wachtwoord ' +
    'login laptop builds? builden pipelines? ci deploy(?:s|ed|ing|en|ments?)? releas(?:e|es|ed|ing|en) uitrol ' +
    'rollbacks? roll_back hotfix(?:es)? bugs? errors? foutmeldinge?n? exceptions? stack_?traces? crash(?:es|ed)? ' +
    'flaky tests? testing testen e2e specs? qa servers? prod production productie staging acceptatie omgeving ' +
    'docker containers? pods? kubernetes clusters? migrations? migratie logs dashboards? metrics alerts? ' +
    'on-?call incidents? outages? storing regressions? feature_flags? freeze launch(?:es|ed)? lancering tickets? ' +
    'jira sprints? stand-?ups? backlog estimates? roadmap deadlines? planning retro demo slides deck spreadsheet ' +
    'sheets? invoices? factuur offerte uren docs? rapport presentatie',
);

/**
 * Dutch glues nouns together ("setupscript", "testomgeving"): these also count as the end
 * of a longer word. Only long ones, so that English words ending the same stay apart.
 */
export const WORK_TAILS = wordList(
  'scripts? servers? omgeving(?:en)? pipelines? releases? config(?:uratie)? database dashboards? tickets? ' +
    'planning reviews? systeem systems? sprints? migratie deploys? builds? bugs? meetings? vergadering(?:en)?',
);

/** General work words: they make a draft work talk, but do not make a clause technical. */
export const WORK_TALK = wordList(
  '(?:team)?meetings? vergadering(?:en)? klantgesprek(?:ken)? herinnering reminder sync clients? customers? ' +
    'klant(?:en)? projects? team reports? (?:the|an|my|your)_email e-?mails the_file files bestand(?:en)? the_link ' +
    'invite agenda workshops? overleg verslag kwartaal budget contract proposal okrs? kpis? attached uploaded ' +
    "here_you_go here_is_the here's_the bijlage hierbij",
);
