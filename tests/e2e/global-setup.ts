import { buildEditorFixtures } from './support/editors';
import { buildFirefoxTestExtension, buildTestExtension, ensureBrowsers } from './support/prepare';

export default function setup(): void {
  ensureBrowsers();
  buildTestExtension();
  buildFirefoxTestExtension();
  buildEditorFixtures();
}
