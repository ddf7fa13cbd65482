import type { Resource } from '@asm-kit/schema';
import { pickLocalized } from '@asm-kit/schema';
import type { IndexData } from './internal/data.js';
import { collator } from './internal/labels.js';

/**
 * The date order of documents `a` and `b` (indices into `dates`, their `published` values or ''): descending for
 * 'newest' (`sign` -1), ascending for 'oldest' (1); undated last either way, ties in catalogue order. The one
 * comparison behind both the index's date orders and {@link firstNewest}.
 */
function compareDates(dates: readonly string[], a: number, b: number, sign: 1 | -1): number {
  const x = dates[a]!;
  const y = dates[b]!;
  if (x === y) return a - b;
  if (!x || !y) return x ? -1 : 1;
  return x < y ? -sign : sign;
}

/**
 * Indices of the first `count` records in the index's 'newest' order (date descending, undated last, ties in
 * catalogue order), from their raw `published` values (anything but a string counts as undated), without
 * sorting everything: a bounded insertion list, so that a first page of a large catalogue can be shown before
 * the catalogue is indexed. Agrees with the index by construction: both use the same comparison.
 * @example firstNewest(raw.map((r) => r.published), 20)
 */
export function firstNewest(published: readonly (string | undefined)[], count: number): number[] {
  const n = published.length;
  const k = Math.min(n, Math.floor(count));
  if (!(k > 0)) return [];
  const dates: string[] = [];
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const date: unknown = published[i];
    dates.push(typeof date === 'string' ? date : '');
    ids[i] = i;
  }
  return topK(ids, n, k, (a, b) => compareDates(dates, a, b, -1));
}

/**
 * Global order of all documents for a sort that does not depend on the query. Built on first use and cached,
 * so a query only has to pick its hits out of it. Undated resources come last in both date orders; ties keep
 * catalogue order.
 */
export function globalOrder(ix: IndexData, key: string): { rank: Int32Array; order: Int32Array } {
  let o = ix.orders.get(key);
  if (!o) {
    const order = documentOrder(ix.docs, ix.defaultLanguage, key);
    const rank = new Int32Array(order.length);
    order.forEach((d, i) => (rank[d] = i));
    ix.orders.set(key, (o = { rank, order }));
  }
  return o;
}

/**
 * Documents (indices into `docs`) in the order of a sort key: 'newest', 'oldest' or 'title:<language>' (titles
 * in that language, else the default language, compared by its collator). Shared with other engines through
 * '@asm-kit/query/engine', so that they sort exactly as the index does.
 */
export function documentOrder(
  docs: readonly Resource[],
  defaultLanguage: string | undefined,
  key: string,
): Int32Array {
  const ids = docs.map((_, i) => i);
  if (key.startsWith('title:')) {
    const language = key.slice(6);
    const languages = [language, ...(defaultLanguage ? [defaultLanguage] : [])];
    const titles = docs.map((r) => pickLocalized(r.title, languages).value);
    const cmp = collator(language).compare;
    ids.sort((a, b) => cmp(titles[a]!, titles[b]!) || a - b);
  } else {
    const dates = docs.map((r) => r.published ?? '');
    const sign = key === 'newest' ? -1 : 1;
    ids.sort((a, b) => compareDates(dates, a, b, sign));
  }
  return Int32Array.from(ids);
}

/**
 * The first `k` of `ids[0..count)` in `cmp` order. A bounded insertion list is linear for a first page; a large
 * `k` falls back to a full sort.
 */
export function topK(
  ids: Int32Array,
  count: number,
  k: number,
  cmp: (a: number, b: number) => number,
): number[] {
  if (k * 4 >= count) return Array.from(ids.subarray(0, count)).sort(cmp).slice(0, k);
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = ids[i]!;
    if (top.length === k) {
      if (cmp(d, top[k - 1]!) >= 0) continue;
      top.pop();
    }
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(top[mid]!, d) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, d);
  }
  return top;
}
