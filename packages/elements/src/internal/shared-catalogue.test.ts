import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_UNUSED_MS, leaseCatalogue } from './shared-catalogue.js';

const catalogue = {
  schemaVersion: '1.0',
  name: 'Kept',
  defaultLanguage: 'en',
  resources: [{ id: 'one', title: 'Mining one', type: 'report', published: '2020' }],
};

/** Counts the requests for `/kept-<n>.json`, each answered with the catalogue. */
function serve() {
  const requests: string[] = [];
  vi.spyOn(window, 'fetch').mockImplementation(async (input) => {
    requests.push(String(input));
    return new Response(JSON.stringify(catalogue), { headers: { 'content-type': 'application/json' } });
  });
  return requests;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('leaseCatalogue', () => {
  it('keeps a catalogue nobody uses for a while, for a list mounted again, then forgets it', async () => {
    const requests = serve();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const src = `/kept-${Math.random()}.json`;
    const first = leaseCatalogue(src);
    const loaded = await first.ready;
    first.release();
    // Mounted again a little later: the same loaded catalogue, no second request.
    await vi.advanceTimersByTimeAsync(KEEP_UNUSED_MS - 1000);
    const again = leaseCatalogue(src);
    expect(await again.ready).toBe(loaded);
    expect(requests).toHaveLength(1);
    again.release();
    // Unused for longer than that: forgotten, so the next list fetches it afresh.
    await vi.advanceTimersByTimeAsync(KEEP_UNUSED_MS + 1000);
    const later = leaseCatalogue(src);
    expect(await later.ready).not.toBe(loaded);
    expect(requests).toHaveLength(2);
    later.release();
  });

  it('is not forgotten while one element still uses it', async () => {
    const requests = serve();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const src = `/kept-${Math.random()}.json`;
    const one = leaseCatalogue(src);
    const two = leaseCatalogue(src);
    const loaded = await one.ready;
    one.release();
    await vi.advanceTimersByTimeAsync(KEEP_UNUSED_MS * 2);
    const three = leaseCatalogue(src);
    expect(await three.ready).toBe(loaded);
    expect(requests).toHaveLength(1);
    two.release();
    three.release();
  });
});
