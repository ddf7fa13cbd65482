/** Longest strings compared for suggestions: edit distance is quadratic and a typo is short. */
const MAX_SUGGESTION_LENGTH = 64;

/** Levenshtein edit distance (insertions, deletions, substitutions), in O(a*b) time and O(b) memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Lower case, spaces and underscores as hyphens: how a label typed by hand is turned into a slug guess. */
export function slugGuess(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The candidate a data owner most likely meant: an exact match once case and spacing are normalised,
 * else the closest one within an edit distance of 2 (1 for words of up to 4 letters; ties go to the first).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  if (value.length > MAX_SUGGESTION_LENGTH) return undefined;
  const guess = slugGuess(value);
  let best: string | undefined;
  // One edit in a short word already changes its meaning ('tag' is not 'type'), so short words get one.
  let bestDistance = guess.length <= 4 ? 2 : 3;
  for (const candidate of candidates) {
    if (candidate.length > MAX_SUGGESTION_LENGTH) continue;
    const distance = candidate === guess ? 0 : editDistance(guess, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Deepest nesting shown in a preview: enough to recognise a value, shallow enough for hostile input. */
const MAX_PREVIEW_DEPTH = 4;

/**
 * JSON text of `value`, at most `limit` characters with an ellipsis when cut. Unlike JSON.stringify it
 * stops as soon as enough text is written, so a 50 MB string, a 10,000-level nested object or a cycle
 * costs no more than a short value.
 */
export function previewValue(value: unknown, limit = 80): string {
  let text = '';
  const write = (part: string): boolean => {
    text += part;
    return text.length > limit;
  };
  const visit = (item: unknown, depth: number): boolean => {
    if (typeof item === 'string') return write(JSON.stringify(item.slice(0, limit + 1)));
    if (typeof item === 'number' || typeof item === 'boolean' || item === null) return write(String(item));
    if (typeof item === 'bigint') return write(`${item}n`);
    if (typeof item !== 'object') return write(typeof item === 'function' ? '"[function]"' : String(item));
    if (depth >= MAX_PREVIEW_DEPTH) return write(Array.isArray(item) ? '[…]' : '{…}');
    if (Array.isArray(item)) {
      if (write('[')) return true;
      for (let index = 0; index < item.length; index += 1) {
        if ((index > 0 && write(',')) || visit(item[index], depth + 1)) return true;
      }
      return write(']');
    }
    if (write('{')) return true;
    let first = true;
    for (const key of Object.keys(item)) {
      if ((!first && write(',')) || write(`${JSON.stringify(key.slice(0, limit + 1))}:`)) return true;
      first = false;
      if (visit((item as Record<string, unknown>)[key], depth + 1)) return true;
    }
    return write('}');
  };
  try {
    visit(value, 0);
  } catch {
    // A proxy or a throwing getter: show what was written so far.
    return `${text.slice(0, limit - 1)}…`;
  }
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** True for a plain data object (from JSON or an object literal), not an array, null or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
