import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
};

const ISO_DATE = '2025-06-01';

/**
 * A small valid value for a request schema, every id-like field filled by `idFor(fieldName)`: the
 * tenancy test aims each route at another province's records without a hand-written body per route.
 */
export function sampleFromSchema(schema: z.ZodType, idFor: (field: string) => number | string): unknown {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return sample(json, '', idFor);
}

function sample(schema: JsonSchema, field: string, idFor: (field: string) => number | string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((o) => o.type !== 'null') ?? options[0]!, field, idFor);
  if (schema.allOf) return sample(schema.allOf[0]!, field, idFor);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  const idLike = /(^id$|Id$|Ids$)/.test(field);
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) {
        // Optional fields too when they name a record: that is where another province's id goes.
        if (schema.required?.includes(key) || /(Id|Ids)$/.test(key)) result[key] = sample(value, key, idFor);
      }
      return result;
    }
    case 'array': {
      const item = schema.items ? sample(schema.items, field, idFor) : 'x';
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'integer':
    case 'number':
      return idLike ? Number(idFor(field)) : Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string': {
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}')) return ISO_DATE;
      if (schema.format === 'date-time') return `${ISO_DATE}T00:00:00.000Z`;
      if (schema.format === 'email') return 'thu@example.vn';
      if (idLike) return String(idFor(field));
      return 'Thử nghiệm'.padEnd(Math.max(schema.minLength ?? 0, 10), '.');
    }
    default:
      return idLike ? Number(idFor(field)) : 'Thử nghiệm';
  }
}
