// The public surface of @asm-kit/schema: everything of ./core.ts, with the French, Spanish and Portuguese labels
// of the vocabularies and regions registered here, so that termLabel('resourceTypes', 'report', 'fr') is
// 'Rapport' from the first call. A browser build that loads one language at a time uses '@asm-kit/schema/core'
// and '@asm-kit/schema/labels/<language>' instead (see the README). This module is listed in the package's
// `sideEffects`, so that no bundler drops these calls. Anything not exported by ./core.ts is internal.
import { registerVocabularyLabels } from './vocabularies/index.js';
import { labels as es } from './vocabularies/labels/es.js';
import { labels as fr } from './vocabularies/labels/fr.js';
import { labels as pt } from './vocabularies/labels/pt.js';

registerVocabularyLabels('fr', fr);
registerVocabularyLabels('es', es);
registerVocabularyLabels('pt', pt);

export * from './core.js';
