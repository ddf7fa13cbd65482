import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The static Storybook that `npm run build-storybook` writes (turbo builds it before this test runs). */
export const storybookStatic = fileURLToPath(new URL('../storybook-static/', import.meta.url));

/** One rule that failed on a story: what axe found, where, and where to read how to fix it. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  /**
   * One CSS selector per failing node, from axe's target: `>>>` steps into a shadow root, `|` into a frame.
   */
  targets: string[];
}

/** The outcome of scanning one story. */
export interface StoryScan {
  storyId: string;
  violations: Violation[];
  /** Rules the story turned off in `parameters.a11y` (besides 'region', which the addon turns off everywhere). */
  disabledRules: string[];
  /** Set when the story opts out of axe (`parameters.a11y.disable` or `test: 'off'`), with the reason. */
  skipped?: string;
  /** `parameters.a11y.test` of the story: 'error' (the project default) fails on violations, 'todo' only warns. */
  mode: string;
  /** How many rules found something to check and passed (0 would mean axe saw nothing of the story). */
  rulesPassed: number;
}

/** The ids of every story (not docs page) in a built Storybook's index.json, in index order. */
export function storyIds(root = storybookStatic): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(root, 'index.json'), 'utf8');
  } catch {
    throw new Error(
      `No Storybook build in ${root}. Build it first: npm run build-storybook -w @asm-kit/storybook`,
    );
  }
  const index = JSON.parse(text) as { entries: Record<string, { id: string; type: string }> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on a free loopback port. `pages` adds in-memory HTML pages by path (the harness's own tests
 * use them for pages with known violations). Only files inside `root` are served. Files may be cached by the
 * browser (the build does not change during a run), so each story after the first loads from the cache.
 */
export async function serveDirectory(
  root: string,
  pages: Record<string, string> = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const send = (status: number, body: string | Buffer, type: string, cache = 'no-store') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': cache });
      response.end(body);
    };
    // Errors have an empty body: Chromium then ends the request at once, whereas a body that the page never
    // reads (a list that only checks `response.ok`) would keep the request open and the story unsettled.
    const fail = (status: number) => send(status, '', 'text/plain');
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return fail(400);
    }
    const page = pages[path];
    if (page !== undefined) return send(200, page, 'text/html; charset=utf-8');
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(base + sep)) return fail(404);
    readFile(file).then(
      (body) =>
        send(200, body, contentTypes[extname(file)] ?? 'application/octet-stream', 'public, max-age=3600'),
      () => fail(404),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Debian's Chromium (or CHROMIUM_PATH, which the root `npm test` sets), headless and offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Storybook's default viewport list (MINIMAL_VIEWPORTS), for stories that set `globals.viewport`. */
const storybookViewports: Record<string, { width: number; height: number }> = {
  mobile1: { width: 320, height: 568 },
  mobile2: { width: 414, height: 896 },
  tablet: { width: 834, height: 1112 },
  desktop: { width: 1280, height: 1024 },
};

/** The viewport of a page that has no story viewport (Storybook's canvas on a laptop). */
export const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** What the preview reports about the story it is rendering. */
interface RenderState {
  storyId: string | null;
  phase: string | null;
  /** Custom element tags in the story that are not defined (yet). */
  undefinedTags: string[];
  /** Elements with a Lit update pending. */
  pendingUpdates: string[];
  /** The text of Storybook's error display, when the story failed to render. */
  error: string;
  /** Storybook shows "No Preview" (the story is not in the index). */
  missing: boolean;
  /** Whether the story put any element into `#storybook-root`. */
  rendered: boolean;
  viewport: { value: string; isRotated: boolean } | null;
  viewportOptions: Record<string, { styles?: { width?: string; height?: string } }> | null;
}

/** Runs in the page: the render phase of the story and whether every element in it has finished updating. */
function readRenderState(): RenderState {
  interface PreviewRender {
    id: string;
    phase: string;
    story?: {
      storyGlobals?: { viewport?: { value: string; isRotated?: boolean } };
      parameters?: { viewport?: { options?: RenderState['viewportOptions'] } };
    };
  }
  const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: PreviewRender } })
    .__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const undefinedTags = new Set<string>();
  const pendingUpdates = new Set<string>();
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.includes('-') && !customElements.get(element.localName)) {
        undefinedTags.add(element.localName);
      }
      if ((element as Element & { isUpdatePending?: boolean }).isUpdatePending) {
        pendingUpdates.add(element.localName);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document.body);
  const viewport = render?.story?.storyGlobals?.viewport;
  return {
    storyId: render?.id ?? null,
    phase: render?.phase ?? null,
    undefinedTags: [...undefinedTags],
    pendingUpdates: [...pendingUpdates],
    error: document.body.classList.contains('sb-show-errordisplay')
      ? [document.querySelector('#error-message'), document.querySelector('#error-stack')]
          .map((node) => node?.textContent?.trim() ?? '')
          .join('\n')
          .trim() || 'Storybook shows its error display'
      : '',
    missing: document.body.classList.contains('sb-show-nopreview'),
    // The web-components renderer puts the story in #root-inner inside #storybook-root.
    rendered: document.querySelector('#storybook-root *:not(#root-inner)') !== null,
    viewport: viewport ? { value: viewport.value, isRotated: viewport.isRotated ?? false } : null,
    viewportOptions: render?.story?.parameters?.viewport?.options ?? null,
  };
}

/** Milliseconds a story may take by default to render and settle before its test fails. */
export const SETTLE_TIMEOUT = 15_000;

/**
 * The browser context the stories open in: Storybook's canvas size on a laptop, English, reduced motion (the
 * loading skeleton pulses forever otherwise; with reduced motion, which the elements honour, it holds still, so
 * colour contrast is measured on a steady page), and no requests leave the machine. Pages share the HTTP
 * cache; storage is emptied at the start of every page, so no story sees what another stored.
 */
export async function newStoryContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: DEFAULT_VIEWPORT,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
  await context.addInitScript(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  return context;
}

/** A page showing one story after another, as the Storybook UI does; see `openStoryViewer`. */
export interface StoryViewer {
  page: Page;
  /** Shows a story and waits until it has settled; throws, naming the story, when it cannot be scanned. */
  show(storyId: string): Promise<void>;
  /** Scans the story shown with axe-core, as the Accessibility panel does. */
  scan(): Promise<StoryScan>;
  close(): Promise<void>;
}

/**
 * Opens Storybook's preview (`iframe.html`) in a page of `context` and shows stories in it one after another,
 * switching with Storybook's own `setCurrentStory` event as the Storybook UI does (no reload per story: the
 * preview starts once). Before each story the viewport is reset and storage emptied. After a story fails, the
 * next one gets a freshly loaded preview, so one broken story cannot fail the ones after it.
 *
 * `show` waits until the story has settled: Storybook has finished the render (phase 'finished', after loaders,
 * play function and afterEach), every custom element in the page is defined, no Lit update is pending and no
 * request is in flight, on two checks a frame apart. A story that sets a viewport (`globals.viewport`) gets
 * that viewport, as in the Storybook UI. It throws when the story shows Storybook's error display or "No
 * Preview", throws an uncaught error, or does not settle within `settleTimeout` ms.
 *
 * The addon's own axe run in the preview is switched off (`globals=a11y.manual:!true`): `scan` replaces it,
 * after the story has settled rather than right after the first render.
 */
export async function openStoryViewer(
  context: BrowserContext,
  { settleTimeout = SETTLE_TIMEOUT } = {},
): Promise<StoryViewer> {
  const page = await context.newPage();
  const inFlight = new Set<unknown>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  let pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let fresh = true;

  async function settle(storyId: string): Promise<void> {
    const deadline = Date.now() + settleTimeout;
    let sized = false;
    let steady = 0;
    while (steady < 2) {
      const state = await page.evaluate(readRenderState);
      const current = state.storyId === storyId;
      if (state.missing) throw new Error(`Storybook shows "No Preview" for ${storyId} (no such story?)`);
      if (current && state.error) throw new Error(`Story ${storyId} failed to render:\n${state.error}`);
      if (current && state.phase === 'finished' && !sized) {
        sized = true;
        if (state.viewport) {
          const size = viewportSize(state.viewport.value, state.viewportOptions);
          if (!size)
            throw new Error(`Story ${storyId} asks for viewport '${state.viewport.value}', unknown here`);
          await page.setViewportSize(
            state.viewport.isRotated ? { width: size.height, height: size.width } : size,
          );
          continue;
        }
      }
      const settled =
        current &&
        state.phase === 'finished' &&
        state.rendered &&
        state.undefinedTags.length === 0 &&
        state.pendingUpdates.length === 0 &&
        inFlight.size === 0;
      steady = settled ? steady + 1 : 0;
      if (!settled && Date.now() > deadline) {
        throw new Error(
          `Story ${storyId} did not settle within ${settleTimeout} ms: ` +
            JSON.stringify({
              storyShown: state.storyId,
              phase: state.phase,
              rendered: state.rendered,
              undefinedTags: state.undefinedTags,
              pendingUpdates: state.pendingUpdates,
              requestsInFlight: inFlight.size,
            }),
        );
      }
      // Let a frame render (and timers and microtasks run) before the next look.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    }
    if (pageErrors.length > 0) {
      throw new Error(`Story ${storyId} threw while rendering:\n  ${pageErrors.join('\n  ')}`);
    }
  }

  return {
    page,
    async show(storyId) {
      pageErrors = [];
      try {
        await page.setViewportSize(DEFAULT_VIEWPORT);
        if (fresh) {
          await page.goto(
            `/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=a11y.manual:!true`,
          );
          fresh = false;
        } else {
          await page.evaluate((id) => {
            localStorage.clear();
            sessionStorage.clear();
            const channel = (
              window as unknown as {
                __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void };
              }
            ).__STORYBOOK_ADDONS_CHANNEL__;
            channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
          }, storyId);
        }
        await settle(storyId);
      } catch (error) {
        fresh = true;
        throw error;
      }
    },
    async scan() {
      try {
        if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
        return await page.evaluate(scanInPage);
      } catch (error) {
        fresh = true;
        throw error;
      }
    },
    close: () => page.close(),
  };
}

function viewportSize(
  name: string,
  options: RenderState['viewportOptions'],
): { width: number; height: number } | undefined {
  const styles = options?.[name]?.styles;
  if (styles?.width?.endsWith('px') && styles.height?.endsWith('px')) {
    return { width: parseFloat(styles.width), height: parseFloat(styles.height) };
  }
  return storybookViewports[name];
}

/**
 * Runs in the page, after axe-core has been injected: the addon-a11y run of @storybook/addon-a11y 10.6
 * (`a11yRunner.ts`), so the test sees what the Accessibility panel shows. The context is the page body minus
 * Storybook's own elements, the 'region' rule is off (a story is a fragment, not a page), and the story's
 * `parameters.a11y` (`config`, `options`, `context`, `disable`, `test`) applies as in the addon.
 */
async function scanInPage(): Promise<StoryScan> {
  type A11yContext = string | string[] | { include?: unknown; exclude?: unknown };
  interface A11yParameters {
    disable?: boolean;
    test?: string;
    config?: { rules?: { id: string; enabled?: boolean }[] } & Record<string, unknown>;
    options?: { runOnly?: unknown; rules?: Record<string, { enabled?: boolean }> } & Record<string, unknown>;
    context?: A11yContext;
  }
  interface AxeNodeResult {
    target: (string | string[])[];
  }
  interface AxeResult {
    id: string;
    impact?: string | null;
    help: string;
    helpUrl: string;
    nodes: AxeNodeResult[];
  }
  interface Axe {
    reset(): void;
    configure(config: unknown): void;
    run(context: unknown, options: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }>;
  }
  const win = window as unknown as {
    axe: Axe;
    __STORYBOOK_PREVIEW__?: {
      currentRender?: { id: string; story?: { parameters?: { a11y?: A11yParameters } } };
    };
  };
  const render = win.__STORYBOOK_PREVIEW__?.currentRender;
  const storyId = render?.id ?? location.pathname;
  const parameters: A11yParameters = render?.story?.parameters?.a11y ?? {};
  const mode = parameters.test ?? 'error';
  const nothing = { disabledRules: [], rulesPassed: 0, violations: [] };
  if (parameters.disable === true) {
    return { storyId, mode, skipped: 'parameters.a11y.disable is true', ...nothing };
  }
  if (mode === 'off') {
    return { storyId, mode, skipped: "parameters.a11y.test is 'off'", ...nothing };
  }

  const context: { include: unknown; exclude: unknown[] } = {
    include: document.body,
    exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
  };
  const own = parameters.context;
  if (own !== undefined) {
    const hasInclude = typeof own === 'object' && 'include' in own && own.include !== undefined;
    const hasExclude = typeof own === 'object' && 'exclude' in own && own.exclude !== undefined;
    if (hasInclude) context.include = (own as { include: unknown }).include;
    else if (!hasExclude) context.include = own;
    if (hasExclude) context.exclude = context.exclude.concat((own as { exclude: unknown }).exclude);
  }

  const config = parameters.config ?? {};
  const rules = [{ id: 'region', enabled: false }, ...(config.rules ?? [])];
  // The addon's getDisabledRules: in order, a later `enabled: true` undoes an earlier `enabled: false`.
  const disabled: Record<string, { enabled: false }> = {};
  for (const { id, enabled } of rules) {
    if (!id || typeof enabled !== 'boolean') continue;
    if (enabled) delete disabled[id];
    else disabled[id] = { enabled: false };
  }
  const options = { ...(parameters.options ?? {}) };
  if (options.runOnly && Object.keys(disabled).length > 0) options.rules = { ...disabled, ...options.rules };
  const disabledRules = new Set(Object.keys(disabled));
  for (const [id, rule] of Object.entries(options.rules ?? {})) {
    if (rule.enabled === false) disabledRules.add(id);
    else disabledRules.delete(id);
  }
  disabledRules.delete('region');

  win.axe.reset();
  win.axe.configure({ ...config, rules });
  const results = await win.axe.run(context, options);
  return {
    storyId,
    mode,
    disabledRules: [...disabledRules].sort(),
    rulesPassed: results.passes.length,
    violations: results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) =>
        node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | '),
      ),
    })),
  };
}

/**
 * A readable report of a scan's violations, one block per rule: story, rule, impact, what to fix, every failing
 * node's selector, and the rule's help page. Empty when there are none.
 */
export function formatReport(scan: StoryScan): string {
  return scan.violations
    .map((violation) =>
      [
        `${scan.storyId}: ${violation.rule} (${violation.impact}) ${violation.help}`,
        ...violation.targets.map((target) => `  at ${target}`),
        `  help: ${violation.helpUrl}`,
      ].join('\n'),
    )
    .join('\n');
}
