/**
 * The one place zod issues become text a planner can act on: which field, what
 * is wrong, what to write instead, with a "did you mean" for typos
 * (`Unknown key "stauts", did you mean "status"?`). Not a zod error map: the
 * messages need the schema (known keys) and the data (the value written), which
 * an error map does not see. Uses zod's public issue and schema API only.
 * No Node, no I/O.
 */
import {closest, distance} from 'fastest-levenshtein';
import * as z from 'zod';

/** A friendly issue: where (a frontmatter path) and what to say. */
export interface FriendlyIssue {
  /** Path of the offending value (for an unknown key: the key itself). */
  path: PropertyKey[];
  /** True when `path` names a key that should not be there (point at the key, not its value). */
  unknownKey: boolean;
  message: string;
}

/**
 * The candidate closest to `value`, if it is close enough to be a typo
 * (at most a third of the word's letters, and at least 1, differ).
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || value === '') return undefined;
  const best = closest(value, list);
  const limit = Math.max(1, Math.floor(Math.max(value.length, best.length) / 3));
  return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** `owners[1]`, `press_release.title_derived`: a path as an author would point at it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/**
 * The object shape found at `path` inside `schema`, looking through optional,
 * default, nullable, arrays, records, pipes and unions with zod's public
 * schema classes (no `_zod` internals).
 */
function objectShapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, z.ZodType> | undefined {
  let current: z.ZodType | undefined = schema;
  let remaining = [...path];
  for (let guard = 0; current && guard < 64; guard++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (current instanceof z.ZodUnion) {
      const options = current.options as readonly z.ZodType[];
      current = options.find((option) => option instanceof z.ZodObject) ?? options[0];
    } else if (remaining.length === 0) return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodType>) : undefined;
    else {
      const [head, ...rest] = remaining;
      remaining = rest;
      if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(head)];
      else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
      else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
      else return undefined;
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

/** Friendly messages for the issues of validating `data` against `schema`. */
export function friendlyIssues(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): FriendlyIssue[] {
  const result: FriendlyIssue[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const where = formatPath(path);
    const prefix = where === '' ? '' : `${where}: `;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = Object.keys(objectShapeAt(schema, path) ?? {});
        for (const key of issue.keys) {
          const guess = didYouMean(key, known);
          const keyPath = formatPath([...path, key]);
          result.push({
            path: [...path, key],
            unknownKey: true,
            message: guess ? `Unknown key "${keyPath}", did you mean "${guess}"?` : `Unknown key "${keyPath}"; allowed: ${known.join(', ')}`,
          });
        }
        break;
      }
      case 'invalid_type': {
        const value = valueAt(data, path);
        const message = value === undefined ? `${where} is required (${issue.expected})` : `${prefix}expected ${issue.expected}, got ${quote(value)}`;
        result.push({path, unknownKey: false, message});
        break;
      }
      case 'invalid_value': {
        const value = valueAt(data, path);
        const allowed = issue.values.map((item) => String(item));
        const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
        const message =
          value === undefined
            ? `${where} is required (one of ${allowed.join(', ')})`
            : `${prefix}${quote(value)} is not one of ${allowed.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`;
        result.push({path, unknownKey: false, message});
        break;
      }
      case 'invalid_union': {
        // Every branch failed; the first branch's reason is the one written for people (e.g. the date format).
        const first = issue.errors[0]?.[0];
        result.push({path, unknownKey: false, message: `${prefix}${first?.message ?? issue.message}`});
        break;
      }
      case 'invalid_key': {
        // A record key that is not a valid id: say why, in the key schema's words.
        result.push({path, unknownKey: true, message: `${prefix}${issue.issues[0]?.message ?? issue.message}`});
        break;
      }
      default:
        result.push({path, unknownKey: false, message: `${prefix}${issue.message}`});
    }
  }
  return result;
}

/**
 * The issues of validating `data` against `schema`, one line each, as people
 * read them: `owners[0]: use lower-case letters, ...`, `Unknown key "stauts",
 * did you mean "status"?`. Every command and plugin that shows a schema
 * failure goes through here.
 */
export function formatIssues(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return friendlyIssues(schema, data, issues).map((issue) => issue.message);
}
