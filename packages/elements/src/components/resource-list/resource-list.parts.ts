// The parts of the list's children, re-exported so a page can style them with ::part() from outside.

/** `exportparts` value that re-exports each of `parts` as `prefix` + its name ('title' -> 'card-title'). */
const exported = (prefix: string, parts: string): string =>
  parts
    .split(' ')
    .map((part) => (part.includes(':') ? part : `${part}:${prefix}${part}`))
    .join(', ');
export const CARD_PARTS = exported(
  'card-',
  'base:card type access title title-link meta date note summary summary-toggle areas countries downloads download mark related supersedes newer-version cite cite-button cite-panel cite-text cite-recommended cite-actions cite-copy cite-download cite-status',
);
export const FILTER_PARTS = `${exported('filters-', 'base toggle panel heading chips clear-button')}, ${exported(
  'filter-',
  'chip group legend option checkbox count more-button facet-search:filter-search year-input histogram bar:filter-year-bar',
)}`;
