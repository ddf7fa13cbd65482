// citation-js ships no type declarations: the little of it the RIS reader uses.
declare module '@citation-js/core' {
  export class Cite {
    static async(data: string, options?: { forceType?: string }): Promise<Cite>;
    data: unknown[];
  }
}

declare module '@citation-js/plugin-ris';
