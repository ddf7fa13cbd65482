/// <reference lib="webworker" />
/**
 * The index worker: decodes, parses, checks and indexes a large catalogue off the page's main thread, then answers
 * its searches. The page (worker-catalogue.ts) posts the catalogue's bytes once, then queries; every answer is
 * plain data. One worker per catalogue; it ends when the page lets the catalogue go.
 */
import type { Query, SearchIndex, SearchOptions } from '@asm-kit/query';
// Every language's vocabulary labels, so the catalogue is searchable by any of them ("rapport" finds reports):
// the page loads one language at a time, the index is built once.
import '@asm-kit/schema/all-languages';
import { drain } from './stepwise.js';
import { isCatalogueShaped, prepareInSteps, previewOf } from './catalogue-engine.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);

let index: SearchIndex | undefined;

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(message.bytes));
    } catch {
      return post({ type: 'failed', kind: 'json' });
    }
    if (!isCatalogueShaped(json)) return post({ type: 'failed', kind: 'format' });
    post({ type: 'preview', resources: previewOf(json) });
    const prepared = drain(prepareInSteps(json));
    index = prepared.index;
    post({ type: 'ready', facts: prepared.facts });
  } else if (message.type === 'search') {
    try {
      const result = index!.searchSync(message.query as Query, message.options as SearchOptions);
      post({ type: 'result', id: message.id, result });
    } catch (error) {
      post({ type: 'error', id: message.id, message: String(error) });
    }
  }
});
// Tells the page the worker runs (its script loaded, no policy blocked it) before the catalogue is sent.
post({ type: 'up' });
