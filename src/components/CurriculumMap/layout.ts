import {MODULE_LEVELS, type ModuleLevel} from '../../content/levels';
import type {CurriculumModule} from '../../content/siteData/readers';

/** Size of a module box and the gaps between them, in SVG user units. */
export const NODE = {width: 190, height: 76, columnGap: 44, rowGap: 28, top: 40, padding: 8} as const;

export interface PlacedModule {
  module: CurriculumModule;
  x: number;
  y: number;
  /** Title broken into lines that fit the box. */
  lines: string[];
}

export interface Arrow {
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
}

export interface CurriculumLayout {
  width: number;
  height: number;
  /** One column per level that has modules, left to right. */
  columns: {level: ModuleLevel; x: number}[];
  nodes: PlacedModule[];
  arrows: Arrow[];
}

/** Greedy word wrap to at most `max` characters a line (a long word gets its own line). */
export function wrapTitle(title: string, max = 20): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Places modules in columns by level and draws an arrow from each prerequisite
 * to the module that needs it: right edge to left edge across columns, bottom
 * to top inside a column. Pure, so the map renders identically on the server.
 */
export function layoutCurriculum(modules: readonly CurriculumModule[]): CurriculumLayout {
  const levels = MODULE_LEVELS.filter((level) => modules.some((module) => module.level === level));
  const columns = levels.map((level, index) => ({level, x: index * (NODE.width + NODE.columnGap)}));
  const nodes: PlacedModule[] = [];
  for (const {level, x} of columns) {
    modules
      .filter((module) => module.level === level)
      .forEach((module, row) => {
        nodes.push({module, x, y: NODE.top + row * (NODE.height + NODE.rowGap), lines: wrapTitle(module.title)});
      });
  }
  const byId = new Map(nodes.map((node) => [node.module.id, node]));
  const arrows: Arrow[] = [];
  for (const node of nodes) {
    for (const prerequisite of node.module.prerequisites) {
      const from = byId.get(prerequisite);
      if (!from) continue;
      let d: string;
      if (from.x === node.x) {
        const x = node.x + NODE.width / 2;
        const [top, bottom] = from.y < node.y ? [from.y + NODE.height, node.y] : [from.y, node.y + NODE.height];
        d = `M${x},${top} L${x},${bottom}`;
      } else {
        const x1 = from.x + NODE.width;
        const y1 = from.y + NODE.height / 2;
        const x2 = node.x;
        const y2 = node.y + NODE.height / 2;
        const bend = (x2 - x1) / 2;
        d = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
      }
      arrows.push({from: prerequisite, to: node.module.id, d});
    }
  }
  const rows = Math.max(1, ...columns.map(({level}) => modules.filter((module) => module.level === level).length));
  return {
    width: Math.max(NODE.width, columns.length * NODE.width + (columns.length - 1) * NODE.columnGap),
    height: NODE.top + rows * NODE.height + (rows - 1) * NODE.rowGap + NODE.padding,
    columns,
    nodes,
    arrows,
  };
}
