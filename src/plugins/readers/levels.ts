/**
 * Curriculum levels, from first contact to specialist: the map's columns, left
 * to right. Kept free of zod so client code can import it without the schema
 * library; test/readers checks it matches `moduleLevelSchema`.
 */
export const MODULE_LEVELS = ['dasar', 'menengah', 'lanjut'] as const;

/** `dasar`, `menengah` or `lanjut`. */
export type ModuleLevel = (typeof MODULE_LEVELS)[number];

/** Total planned hours of a set of modules. */
export function totalHours(modules: readonly {hours: number}[]): number {
  return modules.reduce((sum, module) => sum + module.hours, 0);
}
