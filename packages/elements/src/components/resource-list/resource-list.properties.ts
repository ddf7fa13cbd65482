import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SearchSource, SortOrder } from '@asm-kit/query';
import type { Catalogue, CatalogueInput, Resource, ResourceInput } from '@asm-kit/schema';
import { DEFAULT_TIMEOUT } from '../../controllers/catalogue-controller.js';

/**
 * The attributes and properties of `<asm-resource-list>`, its public API, apart from the view that renders them
 * (resource-list.ts, where the element and its documentation are).
 */
export class ResourceListProperties extends LitElement {
  /** URL of the catalogue JSON (same origin or CORS-enabled). Lists naming the same URL share one download. */
  @property() src?: string;

  /**
   * Base URL of a search API (`https://host/v1`, e.g. `@asm-kit/server`): the list searches on the server, one
   * request per search, instead of downloading a catalogue (for libraries too large for a browser). Wins over
   * `src`. The server answers `GET {endpoint}/catalogue` and `GET {endpoint}/search?…` and allows the page's
   * origin (CORS). Lists naming the same endpoint share its catalogue metadata.
   */
  @property() endpoint?: string;

  /** A catalogue object passed in code (validated leniently, like one loaded from `src`); wins over `src`. */
  @property({ attribute: false }) catalogue?: Catalogue | CatalogueInput;

  /** Resources passed in code instead of a catalogue (validated leniently). */
  @property({ attribute: false }) resources?: readonly (Resource | ResourceInput)[];

  /** A custom search backend (e.g. a server API) used instead of the built-in index. */
  @property({ attribute: false }) source?: SearchSource;

  /** Seconds to wait for `src` before showing an error with a retry button. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Results per page (1 to 100; anything else keeps the default of 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;

  /** Locked countries (ISO codes, space- or comma-separated). */
  @property() country?: string;

  /** Locked knowledge areas (slugs, space- or comma-separated). */
  @property() area?: string;

  /** Locked resource types (slugs, space- or comma-separated). */
  @property() type?: string;

  /** Locked content languages (BCP 47 tags, space- or comma-separated). */
  @property() language?: string;

  /** Locked organizations (names, comma-separated: names contain spaces). */
  @property() organization?: string;

  /** Initial sort order: relevance, newest, oldest or title (default: relevance with text, newest without). */
  @property() sort?: SortOrder;

  /** Keeps the search in the page URL (shareable, back and forward work). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Prefix of the URL parameters, for pages with several lists or their own `q`/`page` parameters. */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  /** Results as a list or a grid of cards. */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';

  /** Hides the filter bar (search, results and paging stay). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Hides the built-in search box (e.g. when an `<asm-search-box for>` elsewhere on the page drives the list). */
  @property({ type: Boolean, attribute: 'hide-search' }) hideSearch = false;

  /** Hides the built-in result count (e.g. when an `<asm-result-summary for>` elsewhere announces it). */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;

  /** Hides the "Cite" disclosure of every card. */
  @property({ type: Boolean, attribute: 'no-cite' }) noCite = false;

  /** Hides the "Download these results" control (RIS, BibTeX, CSL-JSON and CSV of every filtered result). */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;

  /** Shows an `<asm-resource-map>` of the results by country above them (its code loads on first use). */
  @property({ type: Boolean }) map = false;

  /**
   * Writes schema.org JSON-LD for the resources on screen into a `<script type="application/ld+json">` in this
   * element's light DOM (crawlers do not read shadow roots), updated with the page and removed with the
   * attribute. Its code is loaded on first use. Under a CSP that requires Trusted Types, allow the policy
   * `asm-kit` in `trusted-types`.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Facets the filter bar shows, space-separated (unknown names are ignored; locked ones are left out). */
  @property() facets?: string;

  /** Theme override: 'light', 'dark' or 'auto' (follow the OS); unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
}
