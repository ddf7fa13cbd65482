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
  const wrapper =
    url.origin === location.origin
      ? undefined
      : URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  const script = wrapper ?? url.href;
  // Through the 'asm-kit' policy where the page requires Trusted Types (without it, the Worker constructor throws
  // there and the caller indexes on the main thread).
  const trusted = trustedTypesPolicy()?.createScriptURL(script) ?? script;
  const worker = new Worker(trusted as string, { type: 'module', name: 'asm-kit index' });
  // The one-line wrapper is read once, when the worker starts.
  if (wrapper) worker.addEventListener('message', () => URL.revokeObjectURL(wrapper), { once: true });
  return worker;
}
