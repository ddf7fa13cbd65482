// Just enough typing for the two consumers the tests drive that ship no types of their own.
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(language: string): string;
    retrieveItem(id: string): unknown;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declared for `typeof` in the default export
  class Engine {
    constructor(sys: CiteprocSys, style: string, language?: string, forceLanguage?: boolean);
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    document: unknown;
    documentUrl: string;
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
  }
  const jsonld: { expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]> };
  export default jsonld;
}
