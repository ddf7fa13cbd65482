export { splitPersonalName } from './names.js';
export type { CslName } from './names.js';
export { toCsl, toCslItem, cslType } from './csl.js';
export type { CslItem, CslOptions, CslType } from './csl.js';
export { toBibTeX, cslToBibTeX, escapeBibTeX } from './bibtex.js';
export { toRIS, cslToRIS } from './ris.js';
export { formatCitation } from './citation.js';
export type { CitationOptions } from './citation.js';
export { toJsonLd, resourceToJsonLd, schemaOrgType } from './jsonld.js';
export type { JsonLdNode, JsonLdOptions, JsonLdValue } from './jsonld.js';
export { toAtom, newestResources } from './atom.js';
export type { AtomOptions } from './atom.js';
// The catalogue CSV layout: the writer (browser-safe) and the column model that the CLI's reader shares; also
// its own entry, `@asm-kit/crosswalk/csv`, so a bundle that loads citation code does not carry it.
export * from './csv.js';
