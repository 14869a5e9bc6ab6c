// The ask-for-help helper's words: one small, specific request per need, in the user's
// language, with [slots] for the detail only the user knows.
import type { MessageKey, Translate } from '../../i18n';

export const HELP_NEEDS = ['task', 'review', 'meeting', 'listen', 'think', 'time'] as const;
export type HelpNeed = (typeof HELP_NEEDS)[number];

export const NEED_LABELS: Readonly<Record<HelpNeed, MessageKey>> = {
  task: 'popupNeedTask',
  review: 'popupNeedReview',
  meeting: 'popupNeedMeeting',
  listen: 'popupNeedListen',
  think: 'popupNeedThink',
  time: 'popupNeedTime',
};

const SENTENCES: Readonly<Record<HelpNeed, MessageKey>> = {
  task: 'popupAskTask',
  review: 'popupAskReview',
  meeting: 'popupAskMeeting',
  listen: 'popupAskListen',
  think: 'popupAskThink',
  time: 'popupAskTime',
};

/** "Could you take [task] over, Sam? I'm at my limit this week."; without a name, no ", Sam". */
export function helpSentence(t: Translate, need: HelpNeed, name?: string): string {
  return t(SENTENCES[need], [name ? `, ${name}` : '']);
}
