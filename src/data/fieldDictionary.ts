/**
 * The field dictionary of a dataset, read from its zod schema (names, types, required) and the JSDoc line on
 * each field in the schema's source file, so the schema stays the one documentation of the data. Its field
 * paths are also the CSV columns.
 */
import type { z } from 'zod';
import type { DatasetName } from './datasets';
import { recordSchemas } from './datasets';

/** One column of a dataset. */
export interface FieldDoc {
  /** Dotted path, also the CSV column: `capital.lat`. */
  path: string;
  /** Plain description of the type: "text", "number", "one of: …", "list of text". */
  type: string;
  /** False where a record may leave the field out (or it has a default). */
  required: boolean;
  /** The JSDoc line from the schema. */
  description: string;
}

const schemaFile: Record<DatasetName, string> = {
  sources: 'source',
  events: 'event',
  counts: 'count',
  countries: 'country',
  places: 'place',
  routes: 'route',
  quotes: 'quote',
  scams: 'scam',
};

const sources = import.meta.glob<string>('./schemas/*.ts', { query: '?raw', import: 'default', eager: true });

/** Every field of `dataset`, in schema order, nested objects flattened to dotted paths. */
export function fieldDictionary(dataset: DatasetName): FieldDoc[] {
  const text = sources[`./schemas/${schemaFile[dataset]}.ts`] ?? '';
  const docs = [...text.matchAll(/\/\*\*\s*((?:(?!\*\/)[\s\S])*?)\s*\*\/\s*([A-Za-z]\w*)\s*:/g)].map((m) => ({
    doc: m[1]!.replace(/\s*\n\s*\*\s*/g, ' ').trim(),
    key: m[2]!,
    pos: m.index,
  }));
  const docFor = (path: string[]): string => {
    let pos = -1;
    const parts: string[] = [];
    for (const key of path) {
      // A nested field's doc follows its parent's, unless its schema is declared earlier (route ends).
      const d = docs.find((x) => x.key === key && x.pos > pos) ?? docs.find((x) => x.key === key);
      if (!d) return parts.join(' ');
      pos = d.pos;
      parts.push(d.doc);
    }
    return parts.join(' → ');
  };
  const out: FieldDoc[] = [];
  walk(recordSchemas[dataset], [], true, (path, type, required) => out.push({ path: path.join('.'), type, required, description: docFor(path) }));
  return out;
}

/** The CSV columns of `dataset`. */
export function csvColumns(dataset: DatasetName): string[] {
  return fieldDictionary(dataset).map((f) => f.path);
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
}
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function walk(schema: z.ZodType, path: string[], required: boolean, emit: (path: string[], type: string, required: boolean) => void): void {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default') return walk(d.innerType!, path, false, emit);
  if (d.type === 'object') {
    for (const [key, child] of Object.entries(d.shape!)) walk(child, [...path, key], required, emit);
    return;
  }
  if (d.type === 'union' && d.options!.every((o) => def(o).type === 'object')) {
    // A route end is a country or a place: one column for each, only one filled.
    for (const option of d.options!) walk(option, path, false, emit);
    return;
  }
  emit(path, describe(schema), required);
}

function describe(schema: z.ZodType): string {
  const d = def(schema);
  switch (d.type) {
    case 'nullable':
      return `${describe(d.innerType!)}, or empty`;
    case 'optional':
    case 'default':
      return describe(d.innerType!);
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${Object.values(d.entries!).join(', ')}`;
    case 'array':
      return `list of ${describe(d.element!)}, separated by "; " in CSV`;
    default:
      return d.type;
  }
}
