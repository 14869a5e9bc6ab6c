// The chip on one page: asks the background whether it runs here and with which texts and
// preferences, mounts or detaches it, and asks again whenever one of those settings
// changes, so a choice made in any tab or in the options page applies here at once. The
// coach's knowledge is asked for apart (coach.ts), once per page, when first needed.
import type { LanguageData } from '../coach/knowledge';
import type { Kind, Locale } from '../coach/types';
import { type CoachEngine, createPageCoach } from './coach';
import { type Chip, type ChipConfig, mountChip } from './controller';
import type { ChipSetup } from './setup';

/** The browser behind the chip, passed in by the content script. */
export interface ChipIO {
  /** Asks whether and how the chip runs here; the background knows where "here" is from the browser. */
  setup(): Promise<ChipSetup>;
  /** The coach's engine, the first time a draft needs the coach (not carried by the content script). */
  engine(): Promise<CoachEngine>;
  /** The coach's knowledge of one language. */
  knowledge(locale: Locale): Promise<LanguageData>;
  onChange(keys: readonly string[], callback: () => void, signal: AbortSignal): void;
  /** Remembers a detection's key (never its phrase: that is the user's text). */
  silence(key: string): Promise<unknown>;
  setKindEnabled(kind: Kind, enabled: boolean): Promise<unknown>;
}

/** Runs the chip on `doc` until `signal` aborts. Rejects when the background cannot be reached. */
export async function startChip(doc: Document, io: ChipIO, signal: AbortSignal): Promise<void> {
  let running: { stop: AbortController; chip: Chip } | null = null;
  let asked = 0;
  let locale: Locale = 'en';
  const ignore = () => undefined;
  const coach = createPageCoach(
    { engine: io.engine, load: io.knowledge, first: () => locale, ready: () => running?.chip.refresh() },
    signal,
  );
  const requests = {
    coach,
    silence: (key: string) => void io.silence(key).catch(ignore),
    turnOffKind: (kind: Kind) => void io.setKindEnabled(kind, false).catch(ignore),
  };

  const apply = (setup: ChipSetup) => {
    if (signal.aborted) return;
    locale = setup.locale;
    if (!setup.enabled) {
      running?.stop.abort();
      running = null;
      return;
    }
    const config: ChipConfig = {
      texts: setup.texts,
      style: setup.style,
      locale: setup.locale,
      preferences: setup.preferences,
    };
    if (running) return running.chip.configure(config);
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    running = { stop, chip: mountChip(doc, config, requests, stop.signal) };
  };

  const first = await io.setup();
  apply(first);
  io.onChange(
    first.keys,
    () => {
      // Answers may cross; only the newest one counts.
      const ticket = ++asked;
      io.setup().then((setup) => ticket === asked && apply(setup), ignore);
    },
    signal,
  );
}
