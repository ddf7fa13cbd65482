import type { FacetName, SortOrder } from '@asm-kit/query';

/** Message variants by CLDR plural category; `other` is required, `{count}` is replaced by the number. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Strings for one facet group: each button names its facet so screen readers can tell them apart. */
export interface FacetMessages {
  readonly label: string;
  readonly more: string;
  readonly less: string;
  /** Label of the search field inside long facets (countries, organizations). */
  readonly search?: string;
}

/**
 * Every UI string of the elements in one language. A new language is one module exporting an object of this
 * type, passed to `registerMessages`. Placeholders in braces (`{count}`) are filled by the elements.
 */
export interface Messages {
  /** BCP 47 tag of this message set, e.g. 'fr'. */
  readonly language: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly resultsHeading: string;
  /** `{count}` resources found. */
  readonly resultCount: PluralForms;
  /** Shown (and announced) when nothing matches. */
  readonly noResults: string;
  /** `{page}` of `{pages}`. */
  readonly pageOfPages: string;
  readonly loading: string;
  readonly emptyHint: string;
  /** Empty-state action: clears the text and every filter. */
  readonly resetSearch: string;
  readonly clearFilters: string;
  readonly errorNetwork: string;
  /** `{status}` is the HTTP status code. */
  readonly errorHttp: string;
  /** The file is not JSON, or JSON that is not a catalogue (`[]`, `null`). */
  readonly errorJson: string;
  readonly errorSearch: string;
  readonly retry: string;
  readonly sortLabel: string;
  readonly sort: Readonly<Record<SortOrder, string>>;
  readonly filtersHeading: string;
  readonly activeFilters: string;
  /** Accessible name of an active-filter chip: `{label}` is "Country: Ghana". */
  readonly removeFilter: string;
  readonly noFacetMatch: string;
  readonly facets: Readonly<Record<FacetName, FacetMessages>>;
  readonly yearFrom: string;
  readonly yearTo: string;
  readonly paginationLabel: string;
  readonly previousPage: string;
  readonly nextPage: string;
  /** `{page}`. */
  readonly pageLabel: string;
  readonly showMore: string;
  readonly showLess: string;
  readonly downloads: string;
  readonly download: string;
  /** `{languages}` is a localized list of language names. */
  readonly availableIn: string;
  /** `{count}` pages of a document. */
  readonly pages: PluralForms;
  readonly languageLabel: string;
  readonly countries: string;
  readonly areas: string;
  /** The card's "Cite" button (the resource title follows it, visually hidden, so each button has its own name). */
  readonly cite: string;
  /** Accessible name of the citation panel. */
  readonly citation: string;
  /** Label of the publisher's own recommended citation, shown beside the formatted one. */
  readonly recommendedCitation: string;
  readonly citeLoading: string;
  readonly citeError: string;
  /** Copies the formatted citation. */
  readonly copy: string;
  /** Announced (polite live region) once the citation is on the clipboard. */
  readonly copied: string;
  /** Announced when the clipboard is unavailable and the citation text was selected instead. */
  readonly copySelected: string;
  /** A citation file link: `{format}` is BibTeX or RIS. */
  readonly citeDownload: string;
}
