// itemsjs ships no types; this covers what the benchmark calls.
declare module 'itemsjs' {
  interface ItemsJs {
    search(options: Record<string, unknown>): {
      pagination: { total: number };
      data: { items: unknown[]; aggregations: unknown };
    };
  }
  export default function itemsjs(items: unknown[], configuration: Record<string, unknown>): ItemsJs;
}
