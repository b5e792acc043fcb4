import type { CustomFieldKind, CustomFieldOption } from '@atiende/contracts';
import { optionValueFrom } from './config-order';

/** One editable option row; `locked` rows existed before, so tickets may already store their value. */
export interface OptionDraft {
  /** Stable React key for the row (not sent). */
  uid: string;
  label: string;
  value: string;
  locked: boolean;
}

/** Form fields of the custom-field modal, named like the server's issue paths so issues map 1:1. */
export type CustomFieldFormField =
  'name' | 'kind' | 'options' | 'requiredOnSolve' | `options.${number}.label` | `options.${number}.value`;

/** Why a local check failed; the modal translates these. */
export type OptionProblem = 'required' | 'duplicate' | 'optionsRequired';

/** Only dropdowns and multi-selects carry options. */
export function isChoiceKind(kind: CustomFieldKind): boolean {
  return kind === 'dropdown' || kind === 'multiselect';
}

/** The value an option is saved with: the typed value, else derived from the label. */
export function effectiveValue(draft: Pick<OptionDraft, 'label' | 'value'>): string {
  const typed = draft.value.trim();
  if (typed !== '') return typed;
  const derived = optionValueFrom(draft.label);
  return derived === '' ? draft.label.trim() : derived;
}

/**
 * Turns the option rows into the contract's options, or reports per-row problems: every label is
 * required, values must be unique, and a choice field needs at least one option.
 */
export function buildOptions(drafts: readonly OptionDraft[]): {
  options: CustomFieldOption[];
  problems: { field: CustomFieldFormField; problem: OptionProblem }[];
} {
  const problems: { field: CustomFieldFormField; problem: OptionProblem }[] = [];
  if (drafts.length === 0) problems.push({ field: 'options', problem: 'optionsRequired' });
  const seen = new Set<string>();
  const options = drafts.map((draft, index) => {
    const label = draft.label.trim();
    const value = effectiveValue(draft);
    if (label === '') problems.push({ field: `options.${index}.label`, problem: 'required' });
    else if (seen.has(value)) problems.push({ field: `options.${index}.value`, problem: 'duplicate' });
    if (label !== '') seen.add(value);
    return { label, value };
  });
  return { options, problems };
}

/** Issue path → form field for the current number of option rows. */
export function customFieldIssueFields(optionCount: number): Record<string, CustomFieldFormField> {
  const fields: Record<string, CustomFieldFormField> = {
    name: 'name',
    kind: 'kind',
    options: 'options',
    requiredOnSolve: 'requiredOnSolve',
  };
  for (let index = 0; index < optionCount; index += 1) {
    fields[`options.${index}.label`] = `options.${index}.label`;
    fields[`options.${index}.value`] = `options.${index}.value`;
  }
  return fields;
}

let uidCounter = 0;

/** A fresh row key for a new option row. */
export function newOptionUid(): string {
  uidCounter += 1;
  return `option-${String(uidCounter)}`;
}

/** Rows for a field's saved options (locked) or an empty list for a new field. */
export function draftsFrom(options: readonly CustomFieldOption[]): OptionDraft[] {
  return options.map((option) => ({
    uid: newOptionUid(),
    label: option.label,
    value: option.value,
    locked: true,
  }));
}
