/**
 * Curriculum levels, from first contact to specialist: the curriculum map's
 * columns, left to right. A plain list (no zod) so components can import it;
 * the module schema builds its enum from it.
 */
export const MODULE_LEVELS = ['dasar', 'menengah', 'lanjut'] as const;

/** `dasar`, `menengah` or `lanjut`. */
export type ModuleLevel = (typeof MODULE_LEVELS)[number];

/** Total planned hours of a set of modules. */
export function totalHours(modules: readonly {hours: number}[]): number {
  return modules.reduce((sum, module) => sum + module.hours, 0);
}
