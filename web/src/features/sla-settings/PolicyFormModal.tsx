import type { SlaPolicy, SlaRecomputeRun } from '@atiende/contracts';
import { Checkbox, Group, Input, Select, Switch, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { slaApi, type PolicyBody } from '../sla/sla-api';
import { ConditionsFields } from './ConditionsFields';
import { serverFormErrors } from './form-errors';
import { SlaFormModal } from './SlaFormModal';
import {
  draftToPolicyBody,
  PAUSABLE_STATUSES,
  policyIssueField,
  policyToDraft,
  type PolicyField,
  type PolicyProblem,
} from './policy-form';
import { TargetsEditor } from './TargetsEditor';
import type { TargetPath } from './targets-form';
import { useSlaForm } from './use-sla-form';
import { useCalendars } from './use-sla-settings';

interface PolicyFormModalProps {
  /** Edit this policy; omit to create one. */
  policy?: SlaPolicy;
  onClose: () => void;
  /** Called with the recompute the save started, to show its progress. */
  onRecompute: (run: SlaRecomputeRun) => void;
}

/**
 * Create or edit an SLA policy: name, description, active, which tickets it covers, business hours
 * (a calendar or 24×7), targets per priority (hours + minutes per metric) and the statuses that pause
 * the resolution clock. Local checks first; the server's issues show on the matching inputs.
 * Mount it only while open, so each opening starts from the policy's values.
 */
export function PolicyFormModal({ policy, onClose, onRecompute }: PolicyFormModalProps) {
  const { t } = useTranslation();
  const calendars = useCalendars().data ?? [];
  const { draft, local, update, save, submit } = useSlaForm({
    initial: () => policyToDraft(policy),
    build: draftToPolicyBody,
    send: (body: PolicyBody) =>
      policy === undefined ? slaApi.createPolicy(body) : slaApi.updatePolicy(policy.id, body),
    savedMessage: (result) =>
      policy === undefined
        ? t('sla.policyForm.created', { name: result.policy.name })
        : t('sla.policyForm.saved', { name: result.policy.name }),
    onRecompute,
    onClose,
  });
  const server = serverFormErrors(t, save.error, policyIssueField);
  const problemText = (problem: PolicyProblem) =>
    problem === 'required' ? t('errors.required') : t(`sla.policyForm.problems.${problem}`);
  const errorOf = (field: PolicyField): string | undefined => {
    const problem = local[field];
    return problem === undefined ? server.fields[field] : problemText(problem);
  };
  const targetErrors: Partial<Record<TargetPath, string>> = {};
  for (const key of [...Object.keys(local), ...Object.keys(server.fields)]) {
    if (key.startsWith('targets.')) targetErrors[key as TargetPath] = errorOf(key as PolicyField);
  }

  return (
    <SlaFormModal
      form="policyForm"
      editing={policy}
      size="xl"
      name={draft.name}
      onNameChange={(name) => {
        update({ name });
      }}
      nameError={errorOf('name')}
      onClose={onClose}
      onSubmit={submit}
      error={server.general}
      pending={save.isPending}
    >
      <Textarea
        label={t('sla.policyForm.description')}
        maxLength={1000}
        autosize
        minRows={2}
        value={draft.description}
        onChange={(event) => {
          update({ description: event.currentTarget.value });
        }}
        error={errorOf('description')}
      />
      <Switch
        label={t('sla.policyForm.active')}
        checked={draft.active}
        onChange={(event) => {
          update({ active: event.currentTarget.checked });
        }}
      />
      <ConditionsFields
        value={draft.conditions}
        onChange={(conditions) => {
          update({ conditions });
        }}
        error={errorOf('conditions')}
      />
      <Select
        label={t('sla.policyForm.calendar')}
        description={t('sla.policyForm.calendarHint')}
        data={[
          { value: '', label: t('sla.policyForm.allDay') },
          ...calendars.map((calendar) => ({ value: calendar.id, label: calendar.name })),
        ]}
        value={draft.calendarId ?? ''}
        onChange={(value) => {
          update({ calendarId: value === null || value === '' ? null : value });
        }}
        allowDeselect={false}
        error={errorOf('calendarId')}
      />
      <Input.Wrapper
        label={t('sla.targets.title')}
        description={t('sla.targets.hint')}
        error={errorOf('targets')}
      >
        <TargetsEditor
          value={draft.targets}
          onChange={(targets) => {
            update({ targets });
          }}
          errors={targetErrors}
        />
      </Input.Wrapper>
      <Checkbox.Group
        label={t('sla.policyForm.pauseStatuses')}
        description={t('sla.policyForm.pauseHint')}
        value={draft.pauseStatuses}
        onChange={(values) => {
          update({ pauseStatuses: PAUSABLE_STATUSES.filter((s) => values.includes(s)) });
        }}
        error={errorOf('pauseStatuses')}
      >
        <Group mt={6}>
          {PAUSABLE_STATUSES.map((status) => (
            <Checkbox key={status} value={status} label={t(`status.${status}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </SlaFormModal>
  );
}
