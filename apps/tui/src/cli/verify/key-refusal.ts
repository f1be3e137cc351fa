/**
 * How an API says no to a key or a project rather than to a request: the words
 * Boomstream's own SDK expects (`Invalid API key`, `Unauthorized`) and their
 * usual neighbours. Read from the message alone, whichever request got it: a
 * wrong key is refused by the first one.
 */
const KEY_REFUSAL =
  /\b(?:invalid|wrong|bad|unknown|incorrect|expired|missing)\s+(?:api[\s_-]?key|apikey|key|token|project(?:\s+key)?)\b|\b(?:un|not\s+)authori[sz]ed\b|\baccess\s+denied\b|\bforbidden\b|\bproject\s+not\s+found\b/i;

/** Whether a `Failed` message refuses the key or the project, not one request's parameters. */
export function refusesKey(message: string | undefined): boolean {
  return message !== undefined && KEY_REFUSAL.test(message);
}

/** What a run says when the API refused its key; `message` is already redacted. */
export function keyRefused(message: string): string {
  return `the API refused the key: ${message}`;
}
