import type { Company } from '@atiende/contracts';
import { Textarea, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, type FieldErrors } from '../../lib/errors';
import { FormModal } from '../../ui/FormModal';
import { notifySuccess } from '../../ui/notify';
import { useSaveCompany } from './use-companies';

type Field = 'name' | 'domain' | 'notes';

const ISSUE_FIELDS: Record<string, Field> = { name: 'name', domain: 'domain', notes: 'notes' };

interface CompanyFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this company; omit to create a new one. */
  company?: Company;
  onSaved?: (company: Company) => void;
}

/** Create or edit a company: name, e-mail domain and free-form notes. */
export function CompanyFormModal({ opened, onClose, company, onSaved }: CompanyFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveCompany(company?.id);
  const [name, setName] = useState(company?.name ?? '');
  const [domain, setDomain] = useState(company?.domain ?? '');
  const [notes, setNotes] = useState(company?.notes ?? '');
  const [localErrors, setLocalErrors] = useState<FieldErrors<Field>>({});
  const server = formErrorsFrom(t, save.error, ISSUE_FIELDS);
  const errors = { ...server.fields, ...localErrors };

  const close = () => {
    save.reset();
    setLocalErrors({});
    onClose();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalErrors({ name: t('errors.required') });
      return;
    }
    setLocalErrors({});
    save.mutate(
      { name: name.trim(), domain: domain.trim() === '' ? null : domain.trim().toLowerCase(), notes },
      {
        onSuccess: (saved) => {
          notifySuccess(company ? t('common.saved') : t('companies.created'));
          onSaved?.(saved);
          close();
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={company ? t('companies.edit') : t('companies.new')}
      onSubmit={submit}
      error={server.general}
      pending={save.isPending}
    >
      <TextInput
        label={t('companies.fields.name')}
        required
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
        }}
        error={errors.name}
        data-autofocus
      />
      <TextInput
        label={t('companies.fields.domain')}
        description={t('companies.domainHint')}
        value={domain}
        onChange={(event) => {
          setDomain(event.currentTarget.value);
        }}
        error={errors.domain}
      />
      <Textarea
        label={t('companies.fields.notes')}
        autosize
        minRows={3}
        maxRows={10}
        value={notes}
        onChange={(event) => {
          setNotes(event.currentTarget.value);
        }}
        error={errors.notes}
      />
    </FormModal>
  );
}
