import { UI_LANGUAGES, primarySubtag, type UiLanguage } from '@asm-kit/schema';

/**
 * The UI languages of '@asm-kit/schema', which the crosswalk has words for (the citation's WORDS is typed by it,
 * so a new UI language does not compile without its words); everything else falls back to English.
 */
export type WordsLanguage = UiLanguage;

/** Primary subtag of a BCP 47 tag when it is one of the UI languages, else 'en'. */
export function wordsLanguage(tag: string | undefined): WordsLanguage {
  const primary = primarySubtag(tag ?? '');
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as WordsLanguage) : 'en';
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  epub: 'application/epub+zip',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
  txt: 'text/plain',
  zip: 'application/zip',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** Media type for a file format ('pdf' -> 'application/pdf'); a value that already is a media type passes through. */
export function mediaType(format: string | undefined): string | undefined {
  if (!format) return undefined;
  if (format.includes('/')) return format;
  return MIME_TYPES[format.toLowerCase().replace(/^\./, '')];
}
