export {
  createWorld,
  HISTORY_DAYS,
  worldOptions,
  type Customer,
  type Demo,
  type Media,
  type Project,
  type World,
  type WorldOptions,
} from './world.js';
export { ViewingSeries, type Bucket, type Group } from './viewing.js';
export { MockWorld, type SessionQuery, type ViewingQuery } from './mock-world.js';
