import type { SlaPolicy, SlaRecomputeRun } from '@atiende/contracts';
import {
  Button,
  Checkbox,
  Group,
  Input,
  Modal,
  Select,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { notifySuccess } from '../../ui/notify';
import { slaApi, type PolicyBody } from '../sla/sla-api';
import { ConditionsFields } from './ConditionsFields';
import { serverFormErrors } from './form-errors';
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
import { useCalendars, useSlaMutation } from './use-sla-settings';

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
  const save = useSlaMutation((body: PolicyBody) =>
    policy === undefined ? slaApi.createPolicy(body) : slaApi.updatePolicy(policy.id, body),
  );
  const [draft, setDraft] = useState(() => policyToDraft(policy));
  const [local, setLocal] = useState<Partial<Record<PolicyField, PolicyProblem>>>({});
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
  const update = (patch: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setLocal({});
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const built = draftToPolicyBody(draft);
    if ('problems' in built) {
      setLocal(built.problems);
      return;
    }
    save.mutate(built.body, {
      onSuccess: (result) => {
        notifySuccess(
          policy === undefined
            ? t('sla.policyForm.created', { name: result.policy.name })
            : t('sla.policyForm.saved', { name: result.policy.name }),
        );
        if (result.recompute !== null) onRecompute(result.recompute);
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        policy === undefined
          ? t('sla.policyForm.newTitle')
          : t('sla.policyForm.editTitle', { name: policy.name })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={server.general} />
          <TextInput
            label={t('sla.policyForm.name')}
            required
            maxLength={100}
            value={draft.name}
            onChange={(event) => {
              update({ name: event.currentTarget.value });
            }}
            error={errorOf('name')}
            data-autofocus
          />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
