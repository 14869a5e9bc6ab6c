// Both catalogs, bundled: for the worker, which words the chip's texts and the
// notifications in whichever language the user chose, at any moment, and for tests.
// Pages load only the one they show (load.ts).
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { addCatalog } from './index';

export function addBundledCatalogs(): void {
  addCatalog('en', en);
  addCatalog('nl', nl);
}
