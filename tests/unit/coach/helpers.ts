// What the coach tests share: the public API, and small builders for readable cases.
import { type Detection, type DetectOptions, detect, type Kind, type Locale } from '../../../src/coach';

export { detect };

export const LOCALES: readonly Locale[] = ['en', 'nl'];

/** The kinds and phrases detect() finds in `text`, in order. */
export function found(text: string, options?: DetectOptions): [Kind, string][] {
  return detect(text, options).map((detection: Detection) => [detection.kind, detection.phrase]);
}
