// Country and language names come from the runtime's CLDR data (every current browser and Node ship it), so
// the package carries no name tables and names follow the reader's language, not only the four UI languages.

type DisplayType = 'region' | 'language';

// One formatter per type and language: building one costs far more than a lookup, and facets ask per value.
// null records a language the runtime rejected, so it is not retried.
const formatters: Record<DisplayType, Map<string, Intl.DisplayNames | null>> = {
  region: new Map(),
  language: new Map(),
};

/** The runtime's name for `code`, or undefined when it has none. */
function displayName(type: DisplayType, code: string, language: string): string | undefined {
  let formatter = formatters[type].get(language);
  if (formatter === undefined) {
    try {
      // fallback 'none' makes an unknown but well-formed code come back undefined instead of echoed.
      formatter = new Intl.DisplayNames(language, { type, fallback: 'none' });
    } catch {
      formatter = null;
    }
    formatters[type].set(language, formatter);
  }
  if (formatter === null) return undefined;
  try {
    return formatter.of(code);
  } catch {
    // RangeError for a malformed code ('X', 'not a tag').
    return undefined;
  }
}

/**
 * Name of a country (ISO 3166-1 alpha-2, any case) in `language` through Intl.DisplayNames; the code as given
 * when the runtime does not know it or `language` is not a valid tag. Never throws.
 * @example countryName('CI', 'fr') // 'Côte d’Ivoire'
 */
export function countryName(code: string, language: string): string {
  // CLDR knows region codes in upper case only ('ci' is unknown to it).
  return displayName('region', code.trim().toUpperCase(), language) ?? code;
}

/**
 * Name of a language (BCP 47 tag) in `language` through Intl.DisplayNames; the tag as given when unknown or
 * invalid. Never throws.
 * @example languageName('fil', 'en') // 'Filipino'
 */
export function languageName(tag: string, language: string): string {
  return displayName('language', tag.trim(), language) ?? tag;
}
