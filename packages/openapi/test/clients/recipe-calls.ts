/**
 * What every recipe asks the mock, so that the test can ask @boomstream/client the same:
 * a month by day for the project, four months by hour (page 2) for a media, a customer's
 * sessions, and a media the mock does not have (a `Failed` answer, sent with HTTP 200).
 */
export const QUERIES = {
  project: { start: '2024-06-01', end: '2024-06-30', group: 'day' },
  target: { start: '2024-03-01', end: '2024-06-30', group: 'hour', order: 'desc', page: 2 },
  session: { start: '2024-01-01', end: '2024-06-30' },
  /** A code of 8 letters or digits that the mock's world has no media for. */
  missingCode: 'ZzZz9999',
} as const;

/** The three answers of a recipe, as its generated client hands them back, and its error value for the Failed one. */
export interface RecipeAnswers {
  readonly project: unknown;
  readonly target: unknown;
  readonly session: unknown;
  readonly failed: unknown;
}
