// Turns a list of regex alternatives into one alternation the regex engine can scan fast.
//
// An engine tries each alternative at each position; that is cheap only when it can rule
// an alternative out by its first characters. So leading optional groups are spelled out
// ("(?:maybe )?you" -> "maybe you|you") and alternatives that share a literal start are
// nested under it ("you +should|you +need" -> "you +(?:should|need)"). The language
// matched, and which alternative wins at a position, stay the same.

/** Splits a regex source on its top-level `|`. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const unit = source.charAt(i);
    if (unit === '\\') i++;
    else if (inClass) inClass = unit !== ']';
    else if (unit === '[') inClass = true;
    else if (unit === '(') depth++;
    else if (unit === ')') depth--;
    else if (unit === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Index of the `)` that closes the group opening at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const unit = source.charAt(i);
    if (unit === '\\') i++;
    else if (inClass) inClass = unit !== ']';
    else if (unit === '[') inClass = true;
    else if (unit === '(') depth++;
    else if (unit === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** "(?:a|b)?c" -> ["ac", "bc", "c"]: the alternative without a group in front. */
export function spellOutLeadingGroup(alternative: string): string[] {
  if (!alternative.startsWith('(?:')) return [alternative];
  const close = closingParen(alternative, 0);
  const after = alternative.charAt(close + 1);
  if (after === '*' || after === '+' || after === '{') return [alternative];
  const optional = after === '?';
  const rest = alternative.slice(close + 1 + (optional ? 1 : 0));
  const inside = topLevelAlternatives(alternative.slice(3, close)).map((option) => option + rest);
  return [...inside, ...(optional ? [rest] : [])].flatMap(spellOutLeadingGroup);
}

const QUANTIFIER = /[?*+{]/;
const LITERAL = /[a-z0-9',-]/;

/** The literal that starts `alternative`: one character, or the " +" between words. */
function leadingLiteral(alternative: string): string | undefined {
  if (alternative.startsWith(' +') && !QUANTIFIER.test(alternative.charAt(2))) return ' +';
  const first = alternative.charAt(0);
  return LITERAL.test(first) && !QUANTIFIER.test(alternative.charAt(1)) ? first : undefined;
}

function nest(alternatives: readonly string[]): string {
  if (alternatives.length === 1 || alternatives.some((option) => leadingLiteral(option) === undefined)) {
    return alternatives.join('|');
  }
  const groups = new Map<string, string[]>();
  for (const option of alternatives) {
    const literal = leadingLiteral(option) ?? '';
    const group = groups.get(literal) ?? [];
    group.push(option.slice(literal.length));
    groups.set(literal, group);
  }
  return [...groups]
    .map(([literal, rests]) => (rests.length === 1 ? literal + rests[0] : `${literal}(?:${nest(rests)})`))
    .join('|');
}

/** One fast alternation matching what any of `sources` matches, earlier sources first. */
export function fastAlternation(sources: readonly string[]): string {
  return nest(sources.flatMap(topLevelAlternatives).flatMap(spellOutLeadingGroup));
}
