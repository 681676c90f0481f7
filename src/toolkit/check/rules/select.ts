import {RULES} from '.';
import type {Rule} from '../types';

/** Rules to run: defaults plus enabled opt-ins, minus disabled ones. */
export function selectRules(enable: readonly string[] = [], disable: readonly string[] = []): Rule[] {
  return RULES.filter((rule) => (!rule.optIn || enable.includes(rule.id)) && !disable.includes(rule.id));
}
