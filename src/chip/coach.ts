// The coach in a chat tab. The content script carries neither the coach's engine nor its
// knowledge: both come when first needed (the user's language once a composer has focus;
// the other one when a draft is written in it). The engine is code the background puts
// into the frame (CoachEngine, entrypoints/coach-engine.ts), a language's knowledge (rules,
// wording, the model's weights) is data, compiled once per page, one slice per idle moment,
// so neither a keystroke nor the first look at a draft waits for either.
import type { Coach, CompiledKnowledge, compileSteps, createCoach } from '../coach/engine';
import type { LanguageData } from '../coach/knowledge';
import type { Detection, DetectOptions, Locale } from '../coach/types';
import { contained, MEASURE } from './measure';

/** The coach as the chip uses it. */
export interface ChipCoach {
  /** A composer has focus: start getting the user's language ready. */
  warm(): void;
  /**
   * What the coach finds in `text` with the languages it has. A draft in a language it
   * has not got yet gives nothing now; that language is asked for, and `ready` is called
   * once it can be read.
   */
  detect(text: string, options: DetectOptions): Detection[];
}

/** Runs `work` when the page is idle (requestIdleCallback), at the latest after `timeout` ms. */
export type WhenIdle = (work: (idle?: { timeRemaining(): number }) => void, timeout: number) => void;

/** The coach's engine, as the chat tab gets it after the page has loaded. */
export interface CoachEngine {
  createCoach: typeof createCoach;
  compileSteps: typeof compileSteps;
}

/**
 * Where the engine leaves itself in a frame (entrypoints/coach-engine.ts): a global of the
 * content scripts' own world, which the page's scripts do not share.
 */
const ENGINE_GLOBAL = 'echtCoachEngine';
type EngineWorld = { [ENGINE_GLOBAL]?: CoachEngine };

/** Leaves the engine for the chat content script of this frame. */
export function offerEngine(engine: CoachEngine): void {
  (globalThis as EngineWorld)[ENGINE_GLOBAL] = engine;
}

/** The engine the background put into this frame; rejects while it is not there. */
export async function offeredEngine(): Promise<CoachEngine> {
  const engine = (globalThis as EngineWorld)[ENGINE_GLOBAL];
  if (typeof engine?.createCoach !== 'function') throw new Error('No coach engine');
  return engine;
}

export interface PageCoachIO {
  /** The coach's engine: asked for once, before the first language's knowledge is compiled. */
  engine(): Promise<CoachEngine>;
  /** A language's knowledge, from the background. */
  load(locale: Locale): Promise<LanguageData>;
  /** The user's language: the first one to get ready. */
  first(): Locale;
  /** A language became readable: look at the draft again. */
  ready(): void;
}

/** A busy page still gets the coach within this long. */
const IDLE_TIMEOUT_MS = 1000;
/**
 * Another step runs in the same idle moment while this much of it is left: no step has
 * taken longer than 20 ms, so a slice stays under 50 ms, where a task becomes a long one.
 */
const ROOM_FOR_A_STEP_MS = 25;

export const whenIdle: WhenIdle = (work, timeout) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(work, 0);
};

/**
 * Compiles `data` in idle moments, as many steps in each as fit (each takes a few
 * milliseconds, so no slice makes a long task); resolves with the compiled language, or
 * never once `signal` aborts.
 */
function compileWhenIdle(
  steps: Generator<void, CompiledKnowledge>,
  idle: WhenIdle,
  signal: AbortSignal,
): Promise<CompiledKnowledge> {
  return new Promise((resolve, reject) => {
    const slice: Parameters<WhenIdle>[0] = (moment) => {
      if (signal.aborted) return;
      let step: IteratorResult<void, CompiledKnowledge> | undefined;
      const run = () => {
        do step = steps.next();
        while (!step.done && (moment?.timeRemaining() ?? 0) > ROOM_FOR_A_STEP_MS);
      };
      // Knowledge that does not compile is asked for again with the next draft; no reason needed.
      if (!contained(MEASURE.compile, run)) reject();
      else if (step?.done) resolve(step.value);
      else idle(slice, IDLE_TIMEOUT_MS);
    };
    idle(slice, IDLE_TIMEOUT_MS);
  });
}

export function createPageCoach(io: PageCoachIO, signal: AbortSignal, idle: WhenIdle = whenIdle): ChipCoach {
  /** The coach, once the engine has come. */
  let coach: Coach | undefined;
  let engine: Promise<CoachEngine> | undefined;
  /** Languages asked for: loading and compiling, or ready. */
  const asked = new Set<Locale>();

  const theEngine = (): Promise<CoachEngine> => {
    if (!engine) {
      engine = io.engine().then((loaded) => {
        coach ??= loaded.createCoach();
        return loaded;
      });
      // An engine that did not come is asked for again with the next language asked for.
      engine.catch(() => {
        engine = undefined;
      });
    }
    return engine;
  };

  const ask = (locale: Locale) => {
    if (asked.has(locale) || signal.aborted) return;
    asked.add(locale);
    Promise.all([theEngine(), io.load(locale)])
      .then(([loaded, data]) => compileWhenIdle(loaded.compileSteps(data), idle, signal))
      .then((language) => {
        if (signal.aborted) return;
        coach?.add(language);
        io.ready();
      })
      // The background may be gone for a moment (an update): the next draft asks again.
      .catch(() => asked.delete(locale));
  };

  return {
    warm: () => ask(io.first()),
    detect(text, options) {
      // Before any knowledge has come, the coach cannot tell the draft's language.
      const wanted = coach?.localesOf(text) ?? [];
      if (!wanted.some((locale) => coach?.has(locale))) ask(wanted[0] ?? io.first());
      return coach?.detect(text, options) ?? [];
    },
  };
}
