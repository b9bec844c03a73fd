import type { default as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter, Node } from 'yaml';
import { ConfigError } from './config-error';

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
export type ExtraCheck<T> = (value: T) => { path: string[]; detail: string } | undefined;

export function parseValidatedYaml<T>(file: string, text: string, schema: object, extra?: ExtraCheck<T>): T {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    throw new ConfigError(file, lines.linePos(syntax.pos[0]).line, `YAML syntax: ${syntax.message.split('\n')[0]}`);
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    throw new ConfigError(file, 0, `YAML: ${(e as Error).message}`); // e.g. an alias without its anchor
  }
  const validate = compiled(schema);
  if (!validate(value)) {
    const error = mostSpecific(validate.errors ?? []);
    const { path, text: detail } = describe(error);
    const line = lineOf(doc, lines, path);
    throw new ConfigError(file, line, `${path.length ? `'${path.join('.')}'` : 'the file'} ${detail}`);
  }
  const problem = extra?.(value as T);
  if (problem) throw new ConfigError(file, lineOf(doc, lines, problem.path), problem.detail);
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

/** The deepest error is the one closest to what the author actually mistyped. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
}

function describe(error: ErrorObject): { path: string[]; text: string } {
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  // A key that breaks `propertyNames` (e.g. a variant name): point at the key itself.
  if (error.propertyName !== undefined) {
    const form = error.keyword === 'pattern' ? ` (expected the form ${String(params.pattern)})` : '';
    return { path: [...path, error.propertyName], text: `is not a valid name${form}` };
  }
  switch (error.keyword) {
    case 'required':
      return { path, text: `is missing the field '${String(params.missingProperty)}'` };
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], text: 'is not a known field' };
    case 'enum':
      return { path, text: `must be one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'pattern':
      return { path, text: `does not match the expected form ${String(params.pattern)}` };
    default:
      return { path, text: error.message ?? 'is invalid' };
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
