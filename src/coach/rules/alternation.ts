// Splits a regex source into its alternatives, with leading optional groups spelled out
// ("(?:maybe )?you" -> "maybe you|you"), so each starts with the letters it needs and can
// be looked up by them (lookup.ts). The language matched, and which alternative wins at a
// position, stay the same.

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
