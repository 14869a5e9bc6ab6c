import { buildTestExtension, ensureChromium } from './support/prepare';

export default function setup(): void {
  ensureChromium();
  buildTestExtension();
}
