/** A fresh id for a person, an "ask about" item or a check-in. */
export function newId(): string {
  return crypto.randomUUID();
}
