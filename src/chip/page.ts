// The chip on one page: asks the background whether it runs here and with which texts and
// preferences, mounts or detaches it, and asks again whenever one of those settings
// changes, so a choice made in any tab or in the options page applies here at once.
import type { Kind } from '../coach';
import { type Chip, type ChipConfig, mountChip } from './controller';
import type { ChipSetup } from './setup';

/** The browser behind the chip, passed in by the content script. */
export interface ChipIO {
  setup(url: string): Promise<ChipSetup>;
  onChange(keys: readonly string[], callback: () => void, signal: AbortSignal): void;
  silence(phrase: string): Promise<unknown>;
  setKindEnabled(kind: Kind, enabled: boolean): Promise<unknown>;
}

/** Runs the chip on `doc` until `signal` aborts. Rejects when the background cannot be reached. */
export async function startChip(doc: Document, io: ChipIO, signal: AbortSignal): Promise<void> {
  let running: { stop: AbortController; chip: Chip } | null = null;
  let asked = 0;
  const ignore = () => undefined;
  const requests = {
    silence: (phrase: string) => void io.silence(phrase).catch(ignore),
    turnOffKind: (kind: Kind) => void io.setKindEnabled(kind, false).catch(ignore),
  };

  const apply = (setup: ChipSetup) => {
    if (signal.aborted) return;
    if (!setup.enabled) {
      running?.stop.abort();
      running = null;
      return;
    }
    const config: ChipConfig = { texts: setup.texts, locale: setup.locale, preferences: setup.preferences };
    if (running) return running.chip.configure(config);
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    running = { stop, chip: mountChip(doc, config, requests, stop.signal) };
  };

  // A blank, srcdoc or blob frame a chat site writes into has no address of its own; the
  // site it belongs to is its origin.
  const url = () => {
    const href = doc.location?.href ?? '';
    return /^https?:/.test(href) ? href : `${doc.location?.origin ?? ''}/`;
  };
  const first = await io.setup(url());
  apply(first);
  io.onChange(
    first.keys,
    () => {
      // Answers may cross; only the newest one counts.
      const ticket = ++asked;
      io.setup(url()).then((setup) => ticket === asked && apply(setup), ignore);
    },
    signal,
  );
}
