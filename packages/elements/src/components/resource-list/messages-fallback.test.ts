// When the chunk with the issue messages cannot be loaded (a CDN copy without chunks/, say), the problems are
// still reported, each with its code as the message.
import { html } from 'lit';
import { afterEach, expect, it, vi } from 'vitest';
import type { AsmResourceList } from './resource-list.js';
import { $$, cleanup, invalidResource, mount, testCatalogue, until } from '../../testing/fixtures.js';

vi.mock('@asm-kit/schema/messages', () => ({
  describeProblems: () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  },
}));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('reports problems with their codes as messages when the messages cannot be loaded', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const details: { issues: { code: string; message: string; path: string }[]; skipped: number }[] = [];
  const listener = (e: Event) => details.push((e as CustomEvent).detail);
  document.addEventListener('asm-data-issues', listener);
  const catalogue = testCatalogue();
  const el = await mount<AsmResourceList>(
    html`<asm-resource-list
      .catalogue=${{ ...catalogue, resources: [...(catalogue.resources as unknown[]), invalidResource()] }}
      page-size="50"
    ></asm-resource-list>`,
  );
  await until(() => expect(details).toHaveLength(1));
  document.removeEventListener('asm-data-issues', listener);
  expect($$(el, 'asm-resource-card')).toHaveLength(24);
  expect(details[0]?.skipped).toBe(1);
  expect(details[0]?.issues.map((issue) => [issue.code, issue.message])).toEqual([
    ['invalid-id', 'invalid-id'],
    ['invalid-url', 'invalid-url'],
  ]);
  expect(warn).toHaveBeenCalledTimes(1);
});
