import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatReport,
  launchChromium,
  newStoryContext,
  openStoryViewer,
  serveDirectory,
  storyIds,
  storybookStatic,
  type StaticServer,
  type StoryViewer,
} from './harness.js';

// Every story of the built Storybook, opened in Chromium and scanned with axe-core as the Accessibility panel
// does (same axe version, context, rules and per-story `parameters.a11y`), after the story has settled.
// The list comes from storybook-static/index.json, so a new story is scanned without touching this file.

const ids = storyIds();

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let viewer: StoryViewer;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDirectory(storybookStatic), launchChromium()]);
  context = await newStoryContext(browser, server.baseUrl);
  viewer = await openStoryViewer(context);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('every story passes axe', () => {
  it('the build has stories to scan', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.for(ids)('%s', async (id, { skip }) => {
    await viewer.show(id);
    const scan = await viewer.scan();
    expect(scan.storyId).toBe(id);
    if (scan.skipped) return skip(`${id}: ${scan.skipped}`);
    expect(scan.rulesPassed, 'axe found nothing to check in the story').toBeGreaterThan(0);
    if (scan.disabledRules.length > 0) {
      console.info(`${id}: rules turned off in parameters.a11y: ${scan.disabledRules.join(', ')}`);
    }
    const report = formatReport(scan);
    if (scan.mode === 'todo' && report) {
      // The addon shows these as warnings, not failures; say so rather than pass quietly.
      console.warn(`${id} (parameters.a11y.test is 'todo'):\n${report}`);
      return skip(`${id}: a11y.test 'todo' with ${scan.violations.length} violation(s), reported above`);
    }
    expect(scan.violations.length, `axe violations in story ${id}:\n${report}\n`).toBe(0);
  });
});
