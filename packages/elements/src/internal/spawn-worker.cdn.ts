/**
 * Starts the index worker in the CDN build (vite.embed.config.ts puts this module in place of spawn-worker.ts),
 * where Vite bundles the worker into chunks/ next to the entry. A page may load asm-kit.js from another origin (a
 * CDN), and a worker's script must come from the page's own: then the worker is a one-line module of the page's
 * origin (a blob: URL) that imports the real one. Throws where the page does not allow the worker (its CSP's
 * `worker-src`, Trusted Types without the 'asm-kit' policy); the caller then indexes on the main thread.
 */
import workerUrl from './index-worker.ts?worker&url';
import { trustedTypesPolicy } from './trusted-types.js';

export function spawnIndexWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url);
  const script =
    url.origin === location.origin
      ? url.href
      : URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  const trusted = (globalThis as { trustedTypes?: unknown }).trustedTypes
    ? trustedTypesPolicy()?.createScriptURL(script)
    : script;
  return new Worker((trusted ?? script) as string, { type: 'module', name: 'asm-kit index' });
}
