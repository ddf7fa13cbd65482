// "Check your catalogue": validates a catalogue file in the browser with @asm-kit/schema and previews the valid
// resources with <asm-resource-list>, both from the packages' built output as a partner's bundler sees them.
import { parseCatalogue, type Catalogue, type CatalogueInput, type CatalogueIssue } from '@asm-kit/schema';
import type { AsmResourceList } from '@asm-kit/elements';
// `all`, not define/asm-resource-list alone: the list's parts (cards, filters, search) are separate tags.
import '@asm-kit/elements/all';

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from check.html`);
  return element as T;
};

const fileInput = byId<HTMLInputElement>('file');
const dropZone = byId<HTMLDivElement>('drop-zone');
const status = byId<HTMLParagraphElement>('status');
const issuesSection = byId<HTMLElement>('issues-section');
const issuesBody = byId<HTMLTableElement>('issues').tBodies[0]!;
const previewSection = byId<HTMLElement>('preview-section');
const preview = byId<AsmResourceList>('preview');
const listReport = byId<HTMLParagraphElement>('list-report');

// What any page embedding the list can see: the list's own report of the file it was given.
preview.addEventListener('asm-data-issues', (event) => {
  const { issues, skipped } = event.detail;
  listReport.textContent = `The list reported ${issues.length} problem(s) through its asm-data-issues event and left out ${skipped} record(s).`;
});

/** Validates `input` (already parsed JSON) and shows the issues and the preview. */
function show(input: unknown, name: string): void {
  const total = countResources(input);
  let catalogue: Catalogue;
  let issues: CatalogueIssue[];
  try {
    ({ catalogue, issues } = parseCatalogue(input));
  } catch (error) {
    fail(`${name} could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const valid = catalogue.resources.length;
  const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  setStatus(
    issues.length
      ? `${name}: ${problems}. ${valid} of ${total} resources are valid and would be shown.`
      : `${name}: no problems. All ${valid} resources are valid.`,
    issues.length > 0,
  );
  issuesBody.replaceChildren(...issues.map(row));
  issuesSection.hidden = issues.length === 0;
  listReport.textContent = issues.length ? '' : 'The list reported no problems.';
  // The file as it is, not the checked catalogue: the list checks it again and reports what it left out, as it
  // would on any page.
  preview.catalogue = input as CatalogueInput;
  previewSection.hidden = valid === 0;
}

function row(issue: CatalogueIssue): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const cell = (text: string, code = false): HTMLTableCellElement => {
    const td = document.createElement('td');
    if (code && text) {
      const c = document.createElement('code');
      c.textContent = text;
      td.append(c);
    } else td.textContent = text;
    return td;
  };
  tr.append(
    cell(issue.path || '(whole file)', true),
    cell(issue.resourceId ?? ''),
    cell(issue.message),
    cell(issue.value ?? '', true),
  );
  return tr;
}

function setStatus(text: string, bad: boolean): void {
  status.textContent = text;
  status.classList.toggle('bad', bad);
}

function fail(text: string): void {
  setStatus(text, true);
  issuesSection.hidden = true;
  previewSection.hidden = true;
}

function countResources(input: unknown): number {
  const resources = (input as { resources?: unknown } | null)?.resources;
  return Array.isArray(resources) ? resources.length : 0;
}

async function readFile(file: File): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    fail(`${file.name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  show(json, file.name);
}

async function demoCatalogue(): Promise<unknown> {
  const response = await fetch('catalogue.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The demo catalogue with the mistakes data owners make most, one per record. */
function breakCatalogue(input: unknown): unknown {
  const catalogue = structuredClone(input) as { resources: Record<string, unknown>[] };
  const [a, b, c, d, e, f] = catalogue.resources;
  if (a) a['countries'] = ['BFA'];
  if (b) b['type'] = 'reprot';
  if (c) c['published'] = '2021-13-01';
  if (d) d['url'] = 'javascript:alert(1)';
  if (e) e['knowledgeAreas'] = ['mercury-reduce'];
  if (f) delete f['title'];
  catalogue.resources.push({ ...catalogue.resources[6], title: 'A copy with the same id' });
  return catalogue;
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file);
});

dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) void readFile(file);
});

byId<HTMLButtonElement>('try-demo').addEventListener('click', () => {
  demoCatalogue().then(
    (json) => show(json, 'Demo catalogue'),
    (error: unknown) => fail(`The demo catalogue could not be loaded: ${String(error)}`),
  );
});
byId<HTMLButtonElement>('try-broken').addEventListener('click', () => {
  demoCatalogue().then(
    (json) => show(breakCatalogue(json), 'Broken catalogue'),
    (error: unknown) => fail(`The demo catalogue could not be loaded: ${String(error)}`),
  );
});
