// The coach's engine for chat tabs, kept out of the chat content script so that script stays
// small in every chat page: the background puts this file into a frame (coachEngine,
// src/background/chat-sites.ts) once a draft there first needs the coach, and it leaves the
// engine for the content script of that frame. Not web-accessible: pages cannot load it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerEngine } from '../src/chip/coach';
import { compileSteps, createCoach } from '../src/coach/engine';

export default defineUnlistedScript(() => offerEngine({ createCoach, compileSteps }));
