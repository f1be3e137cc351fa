/**
 * What the server does when a parameter is absent. The reference's words are kept
 * for documents; `value` is what the mock applies. A client sends only what its
 * caller set, so these never travel in a request.
 */
export type ServerDefault =
  | { readonly text: string; readonly value: string | number }
  /** `today` in Moscow moved by `days`. */
  | { readonly text: string; readonly todayPlusDays: number }
  /** `days` before the (resolved) value of `param`. */
  | { readonly text: string; readonly daysBefore: { readonly param: 'end'; readonly days: number } }
  /** Known only to the server (the project the key belongs to). */
  | { readonly text: string };
