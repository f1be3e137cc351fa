/**
 * The mock server alone, for a dynamic import: importing the mocks' entry itself
 * would bring in all of it (the undici mock agent, the fixtures) where the demo
 * needs only the server.
 */
export { startMockServer } from '@boomstream/mocks';
