// The name a draft is addressed to ("Hi Sam, ..."), so suggestions can use it.

const GREETING =
  /^[\s"']*(?:hi|hey|hello|hiya|heya|dear|morning|good morning|hoi|hallo|hai|hee|goedemorgen|goeiemorgen|goedemiddag|beste|lieve|ha|yo)\b[ ,]*/;

/** Words that follow a greeting but greet a group, not a person. */
const NOT_NAMES = new Set([
  'team',
  'all',
  'everyone',
  'everybody',
  'there',
  'guys',
  'folks',
  'both',
  'you',
  'y',
  'allemaal',
  'iedereen',
  'jullie',
  'daar',
  'jij',
  'lieverd',
  'schat',
  'collega',
  'collegas',
  "collega's",
]);

export interface Greeting {
  /** The name as typed. */
  readonly name: string;
  /** Offset just after the name. */
  readonly end: number;
}

/** The name after a greeting at the start of the draft; only capitalised words count. */
export function greetedName(folded: string, text: string): Greeting | undefined {
  const greeting = GREETING.exec(folded);
  if (!greeting) return undefined;
  const start = greeting[0].length;
  let end = start;
  while (end < folded.length && /[a-z'-]/.test(folded.charAt(end))) end++;
  const name = text.slice(start, end);
  const first = name.charAt(0);
  if (end === start || first === first.toLowerCase() || NOT_NAMES.has(folded.slice(start, end))) return undefined;
  return { name, end };
}
