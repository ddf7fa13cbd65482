/** A publication date split into numbers; month and day only when the catalogue gives them. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (already validated by the schema); undefined when absent or odd. */
export function dateParts(published: string | undefined): DateParts | undefined {
  if (!published) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published);
  if (!match) return undefined;
  const parts: DateParts = { year: Number(match[1]) };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  return parts;
}

/**
 * RFC 3339 timestamp at midnight UTC of the first day the date can mean: a year-only date becomes 1 January,
 * because feeds need a full timestamp and the start of the period keeps the order of items stable.
 */
export function rfc3339(published: string): string | undefined {
  const parts = dateParts(published);
  if (!parts) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(parts.year).padStart(4, '0')}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}T00:00:00Z`;
}
