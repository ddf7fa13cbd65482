// Characters XML 1.0 forbids even when escaped: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/F.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold at all. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
