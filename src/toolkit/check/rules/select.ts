import {RULE_GROUPS, RULES} from '.';
import type {Rule} from '../types';

/** Rule ids and group names (`references`) with each group replaced by its rules' ids. */
function expandGroups(ids: readonly string[]): string[] {
  return ids.flatMap((id) => RULE_GROUPS[id] ?? [id]);
}

/** Whether `--rule` and `--skip` accept this name: a rule's id or a group's name. */
export function isRuleName(name: string): boolean {
  return RULES.some((rule) => rule.id === name) || Object.hasOwn(RULE_GROUPS, name);
}

/** Rules to run: defaults plus enabled opt-ins, minus disabled ones; a group name stands for its rules. */
export function selectRules(enable: readonly string[] = [], disable: readonly string[] = []): Rule[] {
  const enabled = expandGroups(enable);
  const disabled = expandGroups(disable);
  return RULES.filter((rule) => (!rule.optIn || enabled.includes(rule.id)) && !disabled.includes(rule.id));
}
