import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processCatalogue } from './pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'asm-kit-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const resource = (id: string) => ({ id, type: 'report', title: `Report ${id}` });

describe('processCatalogue', () => {
  it('finds a duplicate id in another batch and names the first record', async () => {
    const ids = Array.from({ length: 600 }, (_, index) => `r-${index}`);
    ids[550] = 'r-3';
    const path = join(dir, 'duplicates.json');
    writeFileSync(path, JSON.stringify({ name: 'x', resources: ids.map(resource) }, null, 1));
    const seen: number[] = [];
    const result = await processCatalogue(path, { onResource: (_resource, index) => void seen.push(index) });
    expect(result).toMatchObject({ records: 600, valid: 599 });
    expect(seen).toHaveLength(599);
    expect(result.problems.items).toEqual([
      expect.objectContaining({
        record: 551,
        field: 'id',
        code: 'duplicate-id',
        message: expect.stringContaining('already used by record 4'),
      }),
    ]);
  });

  it('names the first record of a duplicate in the same batch', async () => {
    const path = join(dir, 'same-batch.json');
    writeFileSync(
      path,
      JSON.stringify({ name: 'x', resources: [resource('a'), resource('b'), resource('a')] }),
    );
    const result = await processCatalogue(path);
    expect(result.problems.items.map((problem) => [problem.record, problem.message.slice(0, 43)])).toEqual([
      [3, "The id 'a' is already used by record 1: ids"],
    ]);
  });

  it('gives each problem the line and path of its resource, and checks the catalogue settings', async () => {
    const path = join(dir, 'problems.json');
    writeFileSync(
      path,
      '{\n"name": "x",\n"updated": "2024-13-01",\n"resources": [\n{"id": "a", "type": "report", "title": "A"},\n{"id": "b", "type": "report", "title": "B", "countries": ["GH", "XX"]}\n]}',
    );
    const result = await processCatalogue(path);
    expect(result.problems.items).toEqual([
      expect.objectContaining({ field: 'updated', path: 'updated' }),
      expect.objectContaining({
        line: 6,
        record: 2,
        resourceId: 'b',
        field: 'countries[1]',
        path: 'resources[1].countries[1]',
        code: 'invalid-country',
      }),
    ]);
  });

  it('keeps only the first problems in memory and counts the rest', async () => {
    const path = join(dir, 'many.json');
    writeFileSync(
      path,
      JSON.stringify({
        name: 'x',
        resources: Array.from({ length: 50 }, (_, index) => ({ id: `r-${index}` })),
      }),
    );
    const result = await processCatalogue(path, { maxProblems: 10 });
    expect(result.problems.items).toHaveLength(10);
    expect(result.problems.total).toBeGreaterThanOrEqual(100);
  });
});
