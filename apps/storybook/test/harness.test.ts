import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEWPORT,
  formatReport,
  launchChromium,
  newStoryContext,
  openStoryViewer,
  serveDirectory,
  storyIds,
  type StaticServer,
  type StoryViewer,
} from './harness.js';

// The harness itself, against a stand-in for Storybook's preview (iframe.html) served by the same server: it
// renders small fixture stories and speaks the bits of the preview API the harness uses (`currentRender` with
// id, phase and parameters, the `setCurrentStory` event, the error display). These prove that a violation is
// found and reported, that the harness waits for late elements, and that `parameters.a11y` is honoured.

/** Fixture stories: markup, `parameters.a11y`, story globals, and how the story misbehaves. */
const fixtures = {
  'fixture--labelled': { html: '<label>Name <input type="text"></label>' },
  'fixture--unlabelled-input': { html: '<p>Search</p><input type="text" class="query">' },
  'fixture--late-element': { html: '<late-field></late-field>', defineLater: true },
  'fixture--rule-off': {
    html: '<input type="text">',
    a11y: { config: { rules: [{ id: 'label', enabled: false }] } },
  },
  'fixture--test-off': { html: '<input type="text">', a11y: { test: 'off' } },
  'fixture--todo': { html: '<input type="text">', a11y: { test: 'todo' } },
  'fixture--phone': { html: '<p>Narrow</p>', storyGlobals: { viewport: { value: 'mobile1' } } },
  'fixture--throws': { html: '<p>Fine so far</p>', throwLater: true },
  'fixture--render-error': { html: '', renderError: 'Cannot read properties of undefined' },
  'fixture--nothing': { html: '' },
};

const fakePreview = `<!doctype html>
<html lang="en">
  <head><title>Fake preview</title></head>
  <body class="sb-show-main">
    <div class="sb-wrapper"><input type="text" id="storybook-own-ui"></div>
    <div class="sb-errordisplay sb-wrapper"><h1 id="error-message"></h1><code id="error-stack"></code></div>
    <div id="storybook-root"><div id="root-inner"></div></div>
    <script>
      const fixtures = ${JSON.stringify(fixtures)};
      const preview = { currentRender: undefined };
      window.__STORYBOOK_PREVIEW__ = preview;
      function render(id) {
        const story = fixtures[id];
        if (!story) {
          document.body.className = 'sb-show-nopreview';
          return;
        }
        const parameters = story.a11y ? { a11y: story.a11y } : {};
        preview.currentRender = { id, phase: 'rendering', story: { parameters, storyGlobals: story.storyGlobals ?? {} } };
        setTimeout(() => {
          document.querySelector('#root-inner').innerHTML = story.html;
          if (story.renderError) {
            document.querySelector('#error-message').textContent = story.renderError;
            document.body.className = 'sb-show-errordisplay';
          } else {
            document.body.className = 'sb-show-main';
          }
          if (story.defineLater && !customElements.get('late-field')) {
            setTimeout(() => {
              customElements.define('late-field', class extends HTMLElement {
                connectedCallback() {
                  this.attachShadow({ mode: 'open' }).innerHTML = '<input type="text" part="field">';
                }
              });
            }, 300);
          }
          if (story.throwLater) setTimeout(() => { throw new Error('boom in the story'); }, 0);
          preview.currentRender.phase = 'finished';
        }, 20);
      }
      window.__STORYBOOK_ADDONS_CHANNEL__ = {
        emit(event, data) { if (event === 'setCurrentStory') render(data.storyId); },
      };
      render(new URLSearchParams(location.search).get('id'));
    </script>
  </body>
</html>`;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let viewer: StoryViewer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storybook-a11y-'));
  writeFileSync(join(dir, 'index.json'), '{"entries":{}}');
  [server, browser] = await Promise.all([
    serveDirectory(dir, { '/iframe.html': fakePreview }),
    launchChromium(),
  ]);
  context = await newStoryContext(browser, server.baseUrl);
  // Fixture stories settle in well under a second; a short limit keeps the "renders nothing" case quick.
  viewer = await openStoryViewer(context, { settleTimeout: 3_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the story scan', () => {
  it('passes a story without violations, and axe did look at it', async () => {
    await viewer.show('fixture--labelled');
    const scan = await viewer.scan();
    expect(scan).toMatchObject({ storyId: 'fixture--labelled', violations: [], disabledRules: [] });
    expect(scan.rulesPassed).toBeGreaterThan(0);
    expect(formatReport(scan)).toBe('');
  });

  it('reports an unlabelled input with story id, rule, impact, selector and help URL', async () => {
    await viewer.show('fixture--unlabelled-input');
    const scan = await viewer.scan();
    expect(scan.violations.map((v) => v.rule)).toEqual(['label']);
    const [violation] = scan.violations;
    expect(violation).toMatchObject({ rule: 'label', impact: 'critical' });
    expect(violation?.targets).toEqual(['.query']);
    expect(violation?.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/4\.13\/label\b/);
    // Storybook's own UI (.sb-wrapper) holds an unlabelled input too; like the addon, the scan leaves it out.
    const report = formatReport(scan);
    expect(report.split('\n')).toEqual([
      'fixture--unlabelled-input: label (critical) Form elements must have labels',
      '  at .query',
      `  help: ${violation?.helpUrl}`,
    ]);
  });

  it('waits for custom elements defined late and finds a violation in their shadow root', async () => {
    await viewer.show('fixture--late-element');
    const scan = await viewer.scan();
    expect(scan.violations.map((v) => [v.rule, v.targets])).toEqual([
      ['label', ['late-field >>> input[part="field"]']],
    ]);
    expect(formatReport(scan)).toContain('  at late-field >>> input[part="field"]');
  });

  it("honours a rule turned off in the story's parameters.a11y, and says which", async () => {
    await viewer.show('fixture--rule-off');
    const scan = await viewer.scan();
    expect(scan).toMatchObject({ violations: [], disabledRules: ['label'] });
  });

  it("reports parameters.a11y.test 'off' as skipped, and 'todo' violations with their mode", async () => {
    await viewer.show('fixture--test-off');
    expect(await viewer.scan()).toMatchObject({ skipped: "parameters.a11y.test is 'off'", violations: [] });
    await viewer.show('fixture--todo');
    const todo = await viewer.scan();
    expect(todo.mode).toBe('todo');
    expect(todo.violations.map((v) => v.rule)).toEqual(['label']);
  });

  it('gives a story the viewport it asks for, and the next story the default one', async () => {
    await viewer.show('fixture--phone');
    expect(viewer.page.viewportSize()).toEqual({ width: 320, height: 568 });
    await viewer.show('fixture--labelled');
    expect(viewer.page.viewportSize()).toEqual(DEFAULT_VIEWPORT);
  });

  it('fails, naming the story, when it throws, shows the error display, is missing or renders nothing', async () => {
    await expect(viewer.show('fixture--throws')).rejects.toThrow(
      /^Story fixture--throws threw while rendering:\n {2}boom in the story$/,
    );
    await expect(viewer.show('fixture--render-error')).rejects.toThrow(
      'Story fixture--render-error failed to render:\nCannot read properties of undefined',
    );
    await expect(viewer.show('fixture--no-such-story')).rejects.toThrow(
      'Storybook shows "No Preview" for fixture--no-such-story',
    );
    await expect(viewer.show('fixture--nothing')).rejects.toThrow(
      /^Story fixture--nothing did not settle within 3000 ms: .*"rendered":false/,
    );
    // After a failure the next story gets a fresh preview and scans normally.
    await viewer.show('fixture--labelled');
    expect((await viewer.scan()).violations).toEqual([]);
  });
});

describe('the story list and the server', () => {
  it('lists the stories of index.json, not the docs pages', () => {
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({
        entries: {
          'a--docs': { id: 'a--docs', type: 'docs' },
          'a--one': { id: 'a--one', type: 'story' },
          'a--two': { id: 'a--two', type: 'story' },
        },
      }),
    );
    expect(storyIds(dir)).toEqual(['a--one', 'a--two']);
  });

  it('says how to build Storybook when there is no build', () => {
    expect(() => storyIds(join(dir, 'missing'))).toThrow(
      'Build it first: npm run build-storybook -w @asm-kit/storybook',
    );
  });

  it('serves files inside its folder only, with their type', async () => {
    const json = await fetch(`${server.baseUrl}/index.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await fetch(`${server.baseUrl}/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/missing.json`)).status).toBe(404);
  });
});
