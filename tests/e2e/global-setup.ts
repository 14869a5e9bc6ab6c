import { buildEditorFixtures } from './support/editors';
import { buildTestExtension, ensureChromium } from './support/prepare';

export default function setup(): void {
  ensureChromium();
  buildTestExtension();
  buildEditorFixtures();
}
