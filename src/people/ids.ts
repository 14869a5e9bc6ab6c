// Ids for what people memory stores: random, so two devices never hand out the same one.
/** A fresh id for a person, an "ask about" item or a check-in. */
export function newId(): string {
  return crypto.randomUUID();
}
