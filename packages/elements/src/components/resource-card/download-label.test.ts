import { html } from 'lit';
import { afterEach, expect, it } from 'vitest';
import { parseResources } from '@asm-kit/schema';
import type { AsmResourceCard } from './resource-card.js';
import { $$, cleanup, mount, testResources } from '../../testing/fixtures.js';

afterEach(cleanup);

it('renders a space between "Download" and the file details (as laid out, not only in the text)', async () => {
  const handbook = parseResources(testResources()).resources.find((r) => r.id === 'mercury-handbook')!;
  const el = await mount<AsmResourceCard>(
    html`<asm-resource-card .resource=${handbook}></asm-resource-card>`,
  );
  // innerText follows the layout: in a flex box the two parts are separate items with no space between them
  // (innerText then reads "Download\n(English…)").
  const labels = $$<HTMLAnchorElement>(el, '[part~="download"]').map((a) => a.innerText);
  expect(labels[0]).toBe('Download (English, PDF, 2.4 MB)');
  expect(labels[1]).toBe('Download (French, PDF, 2.6 MB, 48 pages)');
});
