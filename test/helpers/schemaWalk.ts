import type { z } from 'zod';

/** One place of a schema that holds a value: its path (`[]` for the array's element) and the leaf's zod type. */
export interface SchemaLeaf {
  path: (string | number)[];
  type: string;
  schema: z.ZodType;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every leaf of a zod schema (strings, numbers, enums…) with the object keys on the way to it; an array's element
 * sits at index 0. Wrappers (optional, default, pipe…) are looked through; a union's options are each walked.
 */
export function schemaLeaves(schema: z.ZodType, path: (string | number)[] = [], seen = new Set<z.ZodType>()): SchemaLeaf[] {
  if (seen.has(schema)) return [];
  const def = defOf(schema);
  const inner = (next: unknown, at = path) => schemaLeaves(next as z.ZodType, at, new Set([...seen, schema]));
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => inner(value, [...path, key]));
    case 'array':
      return inner(def.element, [...path, 0]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return [...inner(def.in)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => inner(option));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    case 'record':
      return inner(def.valueType, [...path, '*']);
    case 'lazy':
      return inner((def.getter as () => z.ZodType)());
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((item, index) => inner(item, [...path, index]));
    default:
      return [{ path, type: def.type, schema }];
  }
}
