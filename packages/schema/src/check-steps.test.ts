import { describe, expect, it } from 'vitest';
import { checkCatalogue, checkCatalogueInSteps, checkResources, checkResourcesInSteps } from './core.js';
import { makeResource } from './testing.js';

/** Runs a stepwise check to its end, counting its pauses. */
function run<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

// 1,000 records, every 7th broken and every 50th a duplicate id: problems late in the list must carry their
// own index however many pauses came before.
const records: unknown[] = Array.from({ length: 1000 }, (_, i) => {
  if (i % 7 === 3) return { ...makeResource({ id: `r${i}` }), countries: ['Narnia'] };
  return makeResource({ id: i % 50 === 49 ? 'r0' : `r${i}` });
});

describe('checking in steps', () => {
  it('pauses every few hundred records and gives what checkCatalogue gives', () => {
    const input = { name: { en: 'Big' }, resources: records };
    const { value, pauses } = run(checkCatalogueInSteps(input));
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(value).toEqual(checkCatalogue(input));
    expect(value.problems.map((p) => p.path)).toContain('resources[997].countries[0]');
    const duplicates = records.filter((_, i) => i % 50 === 49 && i % 7 !== 3).length;
    expect(value.problems.filter((p) => p.code === 'duplicate-id')).toHaveLength(duplicates);
  });

  it('does the same for a bare list of resources', () => {
    const { value, pauses } = run(checkResourcesInSteps(records));
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(value).toEqual(checkResources(records));
  });

  it('does not pause on a small catalogue or on something that is not one', () => {
    expect(run(checkCatalogueInSteps({ resources: records.slice(0, 10) })).pauses).toBe(0);
    expect(run(checkCatalogueInSteps(42)).value.problems[0]?.code).toBe('invalid-catalogue');
  });
});
