/**
 * Starts the index worker, for builds that bundle it themselves: the npm package's users' bundlers (Vite, webpack,
 * Parcel and Rollup plugins all know this `new Worker(new URL(…, import.meta.url))` form) and the package's tests.
 * The CDN build replaces this module with spawn-worker.cdn.ts. Throws where the page does not allow the worker.
 */
export function spawnIndexWorker(): Worker {
  return new Worker(new URL('./index-worker.js', import.meta.url), { type: 'module', name: 'asm-kit index' });
}
