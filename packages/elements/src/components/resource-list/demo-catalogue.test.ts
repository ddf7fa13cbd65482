/// <reference types="vite/client" />
// The list on the repository's real demo catalogue (fixtures/demo-catalogue.json), in each UI language.
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AsmResourceList } from './resource-list.js';
import { $, $$, axeViolations, blobUrl, cleanup, mount, text, until } from '../../testing/fixtures.js';

const files = import.meta.glob<{ resources: unknown[] }>('../../../../../fixtures/demo-catalogue.json', {
  eager: true,
  import: 'default',
});
const demo = Object.values(files)[0];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe.skipIf(!demo)('<asm-resource-list> with the demo catalogue', () => {
  for (const lang of ['en', 'fr', 'es', 'pt']) {
    it(`shows every demo resource without data issues or axe violations in ${lang}`, async () => {
      const warn = vi.spyOn(console, 'warn');
      const issues: unknown[] = [];
      document.addEventListener('asm-data-issues', (e) => issues.push(e.detail), { once: true });
      const el = await mount<AsmResourceList>(
        html`<asm-resource-list src=${blobUrl(demo)} page-size="50"></asm-resource-list>`,
        lang,
      );
      await until(() => expect($$(el, 'asm-resource-card')).toHaveLength(demo!.resources.length));
      expect(issues).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
      expect(text($(el, 'asm-result-summary'))).toMatch(new RegExp(`^${demo!.resources.length} `));
      expect(await axeViolations(el)).toEqual([]);
    });
  }
});
