import type { World } from '../src/world/index.js';

/**
 * The hours of every series of a world (the account's, each project's, each media's).
 * A series computes its hours when they are first read, so `toEqual` on two worlds
 * compares them only through this.
 */
export function worldHours(world: World): Float64Array[] {
  return [
    world.viewing.hours,
    ...world.projects.flatMap((project) => [
      project.viewing.hours,
      ...project.media.map((media) => media.viewing.hours),
    ]),
  ];
}
