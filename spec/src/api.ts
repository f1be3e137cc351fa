/** Where Boomstream's API lives: every method's path is under it. A client's default `baseUrl`. */
export const API_BASE_URL = 'https://boomstream.com/api';

/** The path part of `API_BASE_URL` (`/api`): the mock server answers under it too. */
export const API_PREFIX = new URL(API_BASE_URL).pathname;

/** The port the mock server listens on by default (`boomstream-mock`, documents' local server). */
export const MOCK_PORT = 4011;
