// The CDN build's worker URL import (spawn-worker.cdn.ts): Vite bundles the worker and gives its URL.
declare module '*?worker&url' {
  const url: string;
  export default url;
}
