// Lists, for a second reader, each vague offer the coach finds in labelled drafts with the
// first rewrite it offers: `npx tsx scripts/coach/reader.ts <file.json> [...] > items.json`.
// The reader sees only the draft and that rewrite (INTERNALS.md, "Rewrites that fit"), marks
// whether the draft names a situation and whether the rewrite fits it.
import { readFileSync } from 'node:fs';
import { detect } from '../../src/coach/index.ts';
import { readLabelled } from './scoring.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/coach/reader.ts <file.json> [more.json ...]');
  process.exit(2);
}

const items: { id: string; language: string; draft: string; rewrite: string }[] = [];
for (const file of files) {
  const { language, drafts } = readLabelled(JSON.parse(readFileSync(file, 'utf8')), file);
  for (const draft of drafts) {
    for (const found of detect(draft.text)) {
      const rewrite = found.suggestions[0];
      if (found.kind !== 'vague-offer' || rewrite === undefined) continue;
      items.push({ id: `${language}-${items.length + 1}`, language, draft: draft.text, rewrite });
    }
  }
}
console.log(JSON.stringify(items, null, 1));
