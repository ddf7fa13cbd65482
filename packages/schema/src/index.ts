// The public surface of @asm-kit/schema: everything of ./core.ts, with the labels of the vocabularies and regions
// in every UI language (French, Spanish, Portuguese, Indonesian…) registered here, so that
// termLabel('resourceTypes', 'report', 'fr') is 'Rapport' from the first call. A browser build that loads one
// language at a time uses '@asm-kit/schema/core' and '@asm-kit/schema/labels/<language>' instead (see the
// README). This module is listed in the package's `sideEffects`, so that no bundler drops these calls.
// Anything not exported by ./core.ts is internal.
import * as labels from './vocabularies/all-labels.js';
import {
  registerVocabularyLabels,
  type VocabularyLabels,
  type VocabularyLanguage,
} from './vocabularies/index.js';

// Typed so that a language of UI_LANGUAGES without its line in all-labels.ts does not compile.
const byLanguage: Readonly<Record<VocabularyLanguage, VocabularyLabels>> = labels;
for (const [language, text] of Object.entries(byLanguage))
  registerVocabularyLabels(language as VocabularyLanguage, text);

export * from './core.js';
