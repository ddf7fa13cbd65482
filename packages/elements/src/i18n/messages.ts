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
  // Resource map (<asm-resource-map>).
  /** Accessible name of the map, caption of its table and title of its legend. */
  readonly mapLabel: string;
  /** Name of a country on the map: `{country}`, and `{count}` as resultCount words it ("12 resources"). */
  readonly mapCountry: string;
  /** Shown when the map's code could not be loaded; the table of counts stays. */
  readonly mapError: string;
  /** Shown instead of the map when no result names a country. */
  readonly mapEmpty: string;
  /** Button that shows the whole world after zooming to the results. */
  readonly mapWorld: string;
  /** Button that zooms to the countries with results. */
  readonly mapZoom: string;
  /** A selected country (table cell, legend). */
  readonly mapSelected: string;
  // Year histogram (filter bar) and related resources (card).
  /** Accessible name of the year histogram in the filter bar. */
  readonly yearChart: string;
  /** Name of one bar of the histogram: `{year}`, and `{count}` as resultCount words it ("4 resources"). */
  readonly yearBar: string;
  /** Label of the card's links to related resources. */
  readonly related: string;
  /** Label of the card's links to the resources it replaces. */
  readonly supersedes: string;
  /** Note on a resource that another one replaces; the newer one's title follows as a link. */
  readonly newerVersion: string;
  /**
   * Announced when a followed link leads outside the current search and filters, which are cleared to show the
   * resource: `{title}`.
   */
  readonly revealed: string;
  /** Announced when a followed link leads to a resource this list never shows (its locked filters leave it out). */
  readonly notInList: string;
  // "Download these results" control of the list (RIS, BibTeX, CSL-JSON, CSV of every filtered result).
  /** The control's disclosure button, also the name of its group of format buttons. */
  readonly downloadResults: string;
  /** Announced when the file is ready: `{format}` (RIS, BibTeX…), `{results}` as resultCount words it. */
  readonly downloadDone: string;
  /** Announced when the file could not be made. */
  readonly downloadError: string;
}
