/** A progress line on standard error, shown only on a terminal and redrawn at most a few times a second. */
export interface Progress {
  update(records: number): void;
  done(): void;
}

/** Progress for `label` on `stream`; a no-op unless the stream is a terminal. */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): boolean },
): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  const started = Date.now();
  return {
    update(records) {
      const now = Date.now();
      // Short runs stay quiet; long ones redraw every 200 ms.
      if (now - started < 500 || now - last < 200) return;
      last = now;
      shown = true;
      stream.write(`\r${label}: ${records.toLocaleString('en')} resources read...`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
