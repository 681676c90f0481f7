/** Finds where a frontmatter path (`owners[1]`) is written, so findings point at the exact value or key. */
import {isMap, isScalar, isSeq, type Node} from 'yaml';

import type {ParsedFile, Span} from './types';

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/**
 * The span of the value at `path` in the file's YAML (or of its key, with
 * `key: true`). Falls back to the deepest existing parent, then to the
 * frontmatter's first line, so a finding always has a real position.
 */
export function spanOfPath(file: ParsedFile, path: readonly PropertyKey[], options: {key?: boolean} = {}): Span {
  const yaml = file.yaml;
  const lines = file.lines;
  if (!yaml || !lines) return {line: 1, column: 1};
  let node: unknown = yaml.document.contents;
  let keyNode: unknown;
  let range: [number, number] | undefined = rangeOf(node);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(keyOf(item.key)) === String(part));
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      keyNode = undefined;
      if (node === undefined) break;
    } else break;
    range = (options.key && part === path[path.length - 1] ? rangeOf(keyNode) : rangeOf(node)) ?? range;
  }
  if (!range) return lines.position(yaml.offset);
  return lines.span(yaml.offset + range[0], yaml.offset + range[1]);
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
