import type { default as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter, Node } from 'yaml';
import { ConfigError } from './config-error';
import { note, type Note } from './notes';

// Both libraries are loaded on first use (~140 ms together): a start that reads the rule
// catalogue and finds no .securecomm.yml never needs them.
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
let ajvInstance: AjvClass | undefined;
const ajv = (): AjvClass => {
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  return (ajvInstance ??= new Ajv({ allErrors: true, strict: false }));
};

/**
 * Parses a YAML file and validates it against a JSON schema. Errors become ConfigErrors
 * that name the file, the line of the offending value and the field path (`languages.kotlin.fix`).
 */
/** A check beyond the schema: returns the path of the offending value and what is wrong. */
export type ExtraCheck<T> = (value: T) => { path: string[]; detail: string | Note }[] | { path: string[]; detail: string | Note } | undefined;

export function parseValidatedYaml<T>(file: string, text: string, schema: object, extra?: ExtraCheck<T>): T {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    throw ConfigError.of(doc.errors.map((e) => new ConfigError(file, lines.linePos(e.pos[0]).line, note('config.yaml-syntax', { message: e.message.split('\n')[0]! }))));
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    throw new ConfigError(file, 0, note('config.yaml-unreadable', { message: (e as Error).message })); // e.g. an alias without its anchor
  }
  const validate = compiled(schema);
  const problems: ConfigError[] = [];
  if (!validate(value)) {
    for (const error of mostSpecificPerPlace(validate.errors ?? [])) {
      const { path, detail } = describe(error);
      problems.push(new ConfigError(file, lineOf(doc, lines, path), detail));
    }
  } else {
    const found = extra?.(value as T);
    for (const problem of found === undefined ? [] : Array.isArray(found) ? found : [found]) {
      problems.push(new ConfigError(file, lineOf(doc, lines, problem.path), problem.detail));
    }
  }
  // Every mistake, in file order: fixing one at a time and re-saving is tedious.
  if (problems.length) throw ConfigError.of(problems.sort((a, b) => a.line - b.line));
  return value as T;
}

const validators = new WeakMap<object, ValidateFunction>();

function compiled(schema: object): ValidateFunction {
  let fn = validators.get(schema);
  if (!fn) {
    fn = ajv().compile(schema);
    validators.set(schema, fn);
  }
  return fn;
}

/**
 * One error per place (a field, an unknown key, a missing key): Ajv may report a place under
 * several keywords and every branch of an `anyOf`; the deepest is the one closest to what the
 * author mistyped.
 */
function mostSpecificPerPlace(errors: ErrorObject[]): ErrorObject[] {
  const deepestFirst = errors.filter((e) => !['anyOf', 'oneOf', 'propertyNames'].includes(e.keyword))
    .sort((a, b) => b.instancePath.length - a.instancePath.length);
  const byPlace = new Map<string, ErrorObject>();
  for (const e of deepestFirst.length ? deepestFirst : errors) {
    const params = e.params as Record<string, unknown>;
    const place = [e.instancePath, params.additionalProperty, params.missingProperty, e.propertyName].filter((x) => x !== undefined).join('/');
    if (!byPlace.has(place)) byPlace.set(place, e);
  }
  return [...byPlace.values()];
}

/** The offending value's path and what is wrong with it, as a note (`.securecomm.yml` mistakes are shown in the user's language). */
function describe(error: ErrorObject): { path: string[]; detail: Note } {
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  // A key that breaks `propertyNames` (e.g. a variant name): point at the key itself.
  if (error.propertyName !== undefined) {
    const named = [...path, error.propertyName];
    const pattern = error.keyword === 'pattern' ? { pattern: String(params.pattern) } : {};
    return { path: named, detail: note('config.invalid-name', { field: named.join('.'), ...pattern }) };
  }
  const field = path.join('.');
  switch (error.keyword) {
    case 'required':
      return { path, detail: note('config.missing-field', { field, missing: String(params.missingProperty) }) };
    case 'additionalProperties': {
      const named = [...path, String(params.additionalProperty)];
      return { path: named, detail: note('config.unknown-field', { field: named.join('.') }) };
    }
    case 'enum':
      return { path, detail: note('config.one-of', { field, values: (params.allowedValues as unknown[]).join(', ') }) };
    case 'pattern':
      return { path, detail: note('config.pattern', { field, pattern: String(params.pattern) }) };
    case 'type':
      return { path, detail: note('config.type', { field, type: String(params.type) }) };
    case 'minLength':
      return { path, detail: note('config.min-length', { field, limit: Number(params.limit) }) };
    default:
      return { path, detail: note('config.invalid', { field, message: error.message ?? 'is invalid' }) };
  }
}

function lineOf(doc: Document, lines: LineCounter, path: string[]): number {
  const { isMap, isPair, isScalar } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node) {
      const item = (node as { items: unknown[] }).items[Number(key)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lines.linePos(offset).line;
}
