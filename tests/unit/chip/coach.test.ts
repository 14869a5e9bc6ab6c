// The coach on a chat page: it carries no knowledge of its own, asks the background for a
// language once per page when it is first needed, compiles it a slice at a time while the
// page is idle, and asks for the other language only when a draft is written in it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ChipCoach, type CoachEngine, createPageCoach, type WhenIdle } from '../../../src/chip/coach';
import { coachData, type Locale } from '../../../src/coach';
import { compileSteps, createCoach } from '../../../src/coach/engine';
import type { LanguageData } from '../../../src/coach/knowledge';

const ENGLISH = 'So sorry about your mum. Let me know if you need anything!';
const DUTCH = 'Wat erg van je moeder. Laat het weten als ik iets kan doen!';

let controller: AbortController;
let idle: (() => void)[];
let load: ReturnType<typeof vi.fn<(locale: Locale) => Promise<LanguageData>>>;
let ready: ReturnType<typeof vi.fn<() => void>>;
let engine: ReturnType<typeof vi.fn<() => Promise<CoachEngine>>>;
let coach: ChipCoach;

const whenIdle: WhenIdle = (work) => void idle.push(work);

/** Lets the page be idle until nothing is left to do; returns how many idle slices ran. */
async function idleUntilDone(): Promise<number> {
  let slices = 0;
  for (let round = 0; round < 100; round++) {
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const work = idle.shift();
    if (!work) break;
    work();
    slices++;
  }
  return slices;
}

const kinds = (text: string) => coach.detect(text, { locale: 'auto' }).map((detection) => detection.kind);

beforeEach(() => {
  controller = new AbortController();
  idle = [];
  load = vi.fn(async (locale: Locale) => coachData(locale));
  ready = vi.fn();
  engine = vi.fn(async () => ({ createCoach, compileSteps }));
  coach = createPageCoach({ engine, load, first: () => 'en', ready }, controller.signal, whenIdle);
});

afterEach(() => controller.abort());

describe('the coach on a page', () => {
  it("knows nothing until the user's language arrives, then reads drafts in it", async () => {
    expect(kinds(ENGLISH)).toEqual([]);
    coach.warm();
    const slices = await idleUntilDone();
    // Compiled a step at a time, each in its own idle moment.
    expect(slices).toBeGreaterThan(3);
    expect(load.mock.calls).toEqual([['en']]);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(kinds(ENGLISH)).toEqual(['vague-offer']);
  });

  it('takes as many steps in one idle moment as it has room for', async () => {
    const roomy: WhenIdle = (work) => void idle.push(() => work({ timeRemaining: () => 49 }));
    coach = createPageCoach({ engine, load, first: () => 'en', ready }, controller.signal, roomy);
    coach.warm();
    expect(await idleUntilDone()).toBe(1);
    expect(kinds(ENGLISH)).toEqual(['vague-offer']);
  });

  it('asks for a language once per page', async () => {
    coach.warm();
    coach.warm();
    kinds(ENGLISH);
    await idleUntilDone();
    coach.warm();
    kinds(ENGLISH);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gets its engine once per page, with the first language, and again only if it did not come', async () => {
    engine.mockRejectedValueOnce(new Error('the background was gone'));
    coach.warm();
    await idleUntilDone();
    expect(engine).toHaveBeenCalledTimes(1);
    expect(ready).not.toHaveBeenCalled();
    expect(kinds(ENGLISH)).toEqual([]);
    // The next draft asks again; the Dutch one after it needs no second engine.
    await idleUntilDone();
    expect(kinds(ENGLISH)).toEqual(['vague-offer']);
    kinds(DUTCH);
    await idleUntilDone();
    expect(kinds(DUTCH)).toEqual(['vague-offer']);
    expect(engine).toHaveBeenCalledTimes(2);
    expect(load.mock.calls).toEqual([['en'], ['en'], ['nl']]);
  });

  it('asks for the other language only when a draft is written in it', async () => {
    coach.warm();
    await idleUntilDone();
    kinds(ENGLISH);
    kinds('ok');
    expect(load.mock.calls).toEqual([['en']]);
    // A Dutch draft: nothing yet, the Dutch knowledge is asked for, and the chip told when it can read it.
    expect(kinds(DUTCH)).toEqual([]);
    expect(load.mock.calls).toEqual([['en'], ['nl']]);
    await idleUntilDone();
    expect(ready).toHaveBeenCalledTimes(2);
    expect(kinds(DUTCH)).toEqual(['vague-offer']);
    expect(kinds(ENGLISH)).toEqual(['vague-offer']);
  });

  it("before any knowledge, asks for the user's language, which then tells the draft needs the other", async () => {
    coach = createPageCoach({ engine, load, first: () => 'nl', ready }, controller.signal, whenIdle);
    kinds(ENGLISH);
    expect(load.mock.calls).toEqual([['nl']]);
    await idleUntilDone();
    // The Dutch knowledge tells the draft is English: that one is asked for next.
    expect(kinds(ENGLISH)).toEqual([]);
    expect(load.mock.calls).toEqual([['nl'], ['en']]);
  });

  it('asks again after the background could not answer', async () => {
    load.mockRejectedValueOnce(new Error('updating'));
    coach.warm();
    await idleUntilDone();
    expect(ready).not.toHaveBeenCalled();
    coach.warm();
    await idleUntilDone();
    expect(load).toHaveBeenCalledTimes(2);
    expect(kinds(ENGLISH)).toEqual(['vague-offer']);
  });

  it('stops compiling once the content script is detached', async () => {
    coach.warm();
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    idle.shift()?.();
    controller.abort();
    await idleUntilDone();
    expect(ready).not.toHaveBeenCalled();
  });
});
