import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../internal/issues.js';
import { scanCatalogueJson } from './scan.js';
import type { ScanEvent } from './scan.js';

const dir = mkdtempSync(join(tmpdir(), 'asm-kit-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

async function scan(text: string, options = { meta: true, resources: true }): Promise<ScanEvent[]> {
  const path = join(dir, `catalogue-${count++}.json`);
  writeFileSync(path, text);
  const events: ScanEvent[] = [];
  for await (const event of scanCatalogueJson(path, { ...options, maxValueChars: 1_000_000 }))
    events.push(event);
  return events;
}

async function scanError(text: string): Promise<string> {
  try {
    await scan(text);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected the scan to fail');
}

describe('scanCatalogueJson', () => {
  it('yields the settings and each resource with the line it starts on, whatever the key order', async () => {
    const events = await scan(
      '\uFEFF{\n "resources": [\n  {"id": "a", "title": "{[\\"]}"},\n  {"id": "b"}\n ],\n "name": "Lib",\n "n": 1.5e3, "ok": true\n}\n',
    );
    expect(events).toEqual([
      { kind: 'resource', index: 0, line: 3, text: '{"id": "a", "title": "{[\\"]}"}' },
      { kind: 'resource', index: 1, line: 4, text: '{"id": "b"}' },
      { kind: 'meta', key: 'name', text: '"Lib"', line: 6 },
      { kind: 'meta', key: 'n', text: '1.5e3', line: 7 },
      { kind: 'meta', key: 'ok', text: 'true', line: 7 },
    ]);
  });

  it('reads values that cross the boundary between two chunks of the stream', async () => {
    const long = 'é'.repeat(300_000);
    const events = await scan(`{"name": "${long}", "resources": [{"summary": "${long}"}, [1, [2]], null]}`);
    expect(events.map((event) => event.text.length)).toEqual([long.length + 2, long.length + 15, 8, 4]);
  });

  it('skips what it is not asked to capture', async () => {
    const events = await scan('{"name": "x", "resources": [{"id": "a"}]}', { meta: false, resources: true });
    expect(events.map((event) => event.kind)).toEqual(['resource']);
  });

  it('says where the structure is broken', async () => {
    expect(await scanError('{"name": "x", "resources": [{"id": "a"} {"id": "b"}]}')).toBe(
      "Not valid JSON at line 1, column 41: expected ',' or ']' after resource 1, found '{': is a comma missing?",
    );
    expect(await scanError('{"name": "x" "resources": []}')).toMatch(
      /expected ',' or '}' after a value, found a quote/,
    );
    expect(await scanError('{"name": "x", "resources": [{"id": "a"}]} extra')).toMatch(
      /after the end of the catalogue/,
    );
    expect(await scanError('{"name": "x", "resources": [{"id": "a"')).toMatch(
      /ends in the middle of the catalogue/,
    );
    expect(await scanError('[{"id": "a"}]')).toMatch(/is a JSON list, not a catalogue/);
    expect(await scanError('{"name": "x"}')).toMatch(/has no "resources" list/);
    expect(await scanError('  ')).toMatch(/The file is empty/);
    expect(await scanError('PK\u0003\u0004')).toMatch(/The file is not JSON: it starts with 'P'/);
  });
});
