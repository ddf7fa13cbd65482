import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './testing/cli-runner.js';

// 100,000 resources make a JSON file of about 78 MB. Reading it whole takes about 300 MB (measured with
// JSON.parse alone); the CLI streams it, so it must work with a V8 heap capped at 96 MB.
const COUNT = 100_000;
const HEAP = ['--max-old-space-size=96'];
let dir: string;
let json: string;

async function writeLargeCatalogue(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('{"schemaVersion":"1.0","name":{"en":"Large library"},"defaultLanguage":"en","resources":[\n');
  for (let index = 0; index < count; index++) {
    const resource = {
      id: `resource-${index}`,
      url: `https://example.org/r/${index}`,
      title: { en: `Resource ${index} on mercury-free gold processing`, fr: `Ressource numéro ${index}` },
      summary: {
        en: 'A summary of the length catalogues use, describing the resource in a sentence or two.',
      },
      type: 'report',
      knowledgeAreas: ['mercury-reduction', 'formalization'],
      keywords: ['retort', 'gravity concentration'],
      languages: ['en', 'fr'],
      files: [
        { url: `https://example.org/f/${index}-en.pdf`, language: 'en', format: 'pdf', size: 1000 + index },
        { url: `https://example.org/f/${index}-fr.pdf`, language: 'fr', format: 'pdf' },
      ],
      published: String(1990 + (index % 35)),
      authors: [{ name: 'Kamila Gómez' }, { name: 'Jan van der Berg' }],
      organizations: [{ name: 'Alliance for Responsible Mining', role: 'author' }],
      countries: ['GH', 'CO'],
    };
    if (!out.write(`${index > 0 ? ',\n' : ''}${JSON.stringify(resource)}`)) await once(out, 'drain');
  }
  out.end(']}\n');
  await once(out, 'close');
}

describe.skipIf(process.env.ASM_KIT_SKIP_LARGE === '1')('a 100,000-resource catalogue', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'asm-kit-large-'));
    json = join(dir, 'large.json');
    await writeLargeCatalogue(json, COUNT);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates with a 96 MB heap', async () => {
    const result = await runCli(['validate', json], { nodeOptions: HEAP });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${json}: valid, 100,000 resources.\n`);
  });

  it('converts JSON to CSV and back with a 96 MB heap', async () => {
    const csv = join(dir, 'large.csv');
    const back = join(dir, 'back.json');
    const toCsv = await runCli(['convert', json, '-o', csv], { nodeOptions: HEAP });
    expect(toCsv.stderr).toBe(`Converted 100,000 resources from ${json} to ${csv}.\n`);
    const toJson = await runCli(['convert', csv, '-o', back], { nodeOptions: HEAP });
    expect(toJson.stderr).toBe(`Converted 100,000 resources from ${csv} to ${back}.\n`);
    expect(statSync(back).size).toBeGreaterThan(50_000_000);
  });
});
