import { createReadStream } from 'node:fs';
import { InputError } from '../internal/issues.js';

/** What the scanner finds at the top level of a catalogue file. */
export type ScanEvent =
  | { kind: 'meta'; key: string; text: string; line: number }
  | { kind: 'resource'; index: number; line: number; text: string };

/** Options of {@link scanCatalogueJson}. */
export interface ScanOptions {
  /** Capture the top-level fields other than `resources` (the catalogue settings). */
  meta: boolean;
  /** Capture the items of `resources`, one at a time. */
  resources: boolean;
  /** Largest item or setting accepted, in characters. */
  maxValueChars: number;
}

// States of the scanner, as numbers because they are compared for every character of the file.
const State = {
  BeforeRoot: 0,
  Key: 1,
  KeyString: 2,
  Colon: 3,
  Value: 4,
  AfterValue: 5,
  Element: 6,
  AfterElement: 7,
  AfterRoot: 8,
} as const;
type State = (typeof State)[keyof typeof State];

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Reads a catalogue JSON file as a stream of its top-level settings and its resources, one item at a time, so
 * that memory is bounded by the largest single resource rather than the file. It checks the structure around
 * the items itself; each captured item or setting is then checked by `JSON.parse`.
 */
export async function* scanCatalogueJson(path: string, options: ScanOptions): AsyncGenerator<ScanEvent> {
  let state: State = State.BeforeRoot;
  let line = 1;
  let column = 0;
  let key = '';
  let keyRaw = '';
  let sawResources = false;
  let index = 0;
  // The value being read: its text (when captured), nesting depth, string state and where it started.
  let capturing = false;
  let keep = false;
  let parts: string[] = [];
  let size = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let primitive = false;
  let valueLine = 0;
  let inResources = false;

  const fail = (message: string): never => {
    throw new InputError({
      file: path,
      line,
      code: 'json-syntax',
      message: `Not valid JSON at line ${line}, column ${column}: ${message}`,
    });
  };
  const describe = (char: string) => (char === '"' ? 'a quote' : `'${char}'`);

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<string>) {
    let captureFrom = 0;
    const pending: ScanEvent[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i] as string;
      if (char === '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
      if (capturing) {
        let done = false;
        let consumed = true;
        if (inString) {
          if (escaped) escaped = false;
          else if (char === '\\') escaped = true;
          else if (char === '"') {
            inString = false;
            if (depth === 0) done = true;
          }
        } else if (primitive) {
          if (char === ',' || char === '}' || char === ']' || WHITESPACE.has(char)) {
            done = true;
            consumed = false;
          }
        } else if (char === '"') inString = true;
        else if (char === '{' || char === '[') depth++;
        else if (char === '}' || char === ']') {
          depth--;
          if (depth === 0) done = true;
        }
        if (keep) {
          size++;
          if (size > options.maxValueChars) {
            throw new InputError({
              file: path,
              line: valueLine,
              record: inResources ? index + 1 : undefined,
              code: 'too-large',
              message: `${inResources ? `Resource ${index + 1}` : `The setting '${key}'`} (from line ${valueLine}) is longer than ${options.maxValueChars.toLocaleString('en')} characters: the file is probably damaged (an unclosed string?) or not a catalogue.`,
            });
          }
        }
        if (done) {
          capturing = false;
          const end = consumed ? i + 1 : i;
          if (keep) {
            parts.push(chunk.slice(captureFrom, end));
            const text = parts.join('');
            parts = [];
            pending.push(
              inResources
                ? { kind: 'resource', index, line: valueLine, text }
                : { kind: 'meta', key, text, line: valueLine },
            );
          }
          if (inResources) index++;
          state = inResources ? State.AfterElement : State.AfterValue;
          if (consumed) continue;
        } else {
          continue;
        }
      }
      if (state === State.KeyString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') {
          try {
            key = JSON.parse(`"${keyRaw}"`) as string;
          } catch {
            fail('a field name is not a valid string.');
          }
          state = State.Colon;
          continue;
        }
        keyRaw += char;
        if (keyRaw.length > 1000) fail('a field name is longer than 1000 characters.');
        continue;
      }
      if (WHITESPACE.has(char) || (char === '\uFEFF' && state === State.BeforeRoot)) continue;
      switch (state) {
        case State.BeforeRoot:
          if (char === '{') state = State.Key;
          else if (char === '[') {
            throw new InputError({
              file: path,
              line,
              code: 'not-a-catalogue',
              message:
                'The file is a JSON list, not a catalogue: a catalogue is an object such as { "name": "My library", "resources": [ ... ] }.',
            });
          } else {
            throw new InputError({
              file: path,
              line,
              code: 'not-json',
              message: `The file is not JSON: it starts with ${describe(char)} at line ${line}, where a catalogue starts with '{'.`,
            });
          }
          break;
        case State.Key:
          if (char === '"') {
            state = State.KeyString;
            keyRaw = '';
          } else if (char === '}') state = State.AfterRoot;
          else fail(`expected a field name in quotes or '}', found ${describe(char)}.`);
          break;
        case State.Colon:
          if (char !== ':') fail(`expected ':' after the field name "${key}", found ${describe(char)}.`);
          state = State.Value;
          break;
        case State.Value:
          if (key === 'resources') {
            if (char !== '[') {
              throw new InputError({
                file: path,
                line,
                code: 'not-a-catalogue',
                message: `"resources" must be a list ([ ... ]) of resources, but it starts with ${describe(char)} at line ${line}.`,
              });
            }
            sawResources = true;
            inResources = true;
            state = State.Element;
            break;
          }
          inResources = false;
          startValue(char, i, options.meta);
          break;
        case State.AfterValue:
          if (char === ',') state = State.Key;
          else if (char === '}') state = State.AfterRoot;
          else fail(`expected ',' or '}' after a value, found ${describe(char)}.`);
          break;
        case State.Element:
          if (char === ']') {
            inResources = false;
            state = State.AfterValue;
          } else {
            startValue(char, i, options.resources);
          }
          break;
        case State.AfterElement:
          if (char === ',') state = State.Element;
          else if (char === ']') {
            inResources = false;
            state = State.AfterValue;
          } else
            fail(`expected ',' or ']' after resource ${index}, found ${describe(char)}: is a comma missing?`);
          break;
        case State.AfterRoot:
          fail(`unexpected ${describe(char)} after the end of the catalogue.`);
      }
      if (capturing && !keep) continue;
      if (capturing) captureFrom = i;
    }
    if (capturing && keep) parts.push(chunk.slice(captureFrom));
    yield* pending;
  }
  if (state !== State.AfterRoot || capturing) {
    throw new InputError({
      file: path,
      line,
      code: state === State.BeforeRoot ? 'empty-file' : 'json-truncated',
      message:
        state === State.BeforeRoot
          ? 'The file is empty: a catalogue is an object such as { "name": "My library", "resources": [ ... ] }.'
          : 'The file ends in the middle of the catalogue (a {, [ or string is never closed): is it cut short?',
    });
  }
  if (!sawResources) {
    throw new InputError({
      file: path,
      code: 'missing-resources',
      message: 'The catalogue has no "resources" list: add "resources": [ ... ] with the resources.',
    });
  }

  function startValue(char: string, at: number, capture: boolean) {
    capturing = true;
    keep = capture;
    valueLine = line;
    size = 1;
    depth = 0;
    inString = false;
    escaped = false;
    primitive = false;
    if (char === '{' || char === '[') depth = 1;
    else if (char === '"') inString = true;
    else primitive = true;
    void at;
  }
}
