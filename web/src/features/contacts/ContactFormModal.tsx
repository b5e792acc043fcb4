import { Locale, type Contact } from '@atiende/contracts';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, looksLikeEmail, type FieldErrors } from '../../lib/errors';
import { FormModal } from '../../ui/FormModal';
import { notifySuccess } from '../../ui/notify';
import { CompanySelect, type CompanyOption } from '../companies/CompanySelect';
import { useSaveContact } from './use-contacts';

type Field = 'name' | 'email' | 'phone' | 'locale' | 'companyId';

const ISSUE_FIELDS: Record<string, Field> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  locale: 'locale',
  companyId: 'companyId',
};

interface ContactFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this contact; omit to create a new one. */
  contact?: Contact;
  /** Preselected company when creating from a company page. */
  company?: CompanyOption;
  onSaved?: (contact: Contact) => void;
}

/** Create or edit a contact: name, email and/or phone, language and company. */
export function ContactFormModal({ opened, onClose, contact, company, onSaved }: ContactFormModalProps) {
  const { t } = useTranslation();
  const save = useSaveContact(contact?.id);
  const [name, setName] = useState(contact?.name ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [locale, setLocale] = useState<Locale>(contact?.locale ?? 'es');
  const [selectedCompany, setSelectedCompany] = useState<CompanyOption | null>(
    contact?.companyId && contact.companyName
      ? { id: contact.companyId, name: contact.companyName }
      : (company ?? null),
  );
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
    const missing: FieldErrors<Field> = {};
    if (name.trim() === '') missing.name = t('errors.required');
    if (email.trim() === '' && phone.trim() === '') missing.email = t('contacts.emailOrPhone');
    else if (email.trim() !== '' && !looksLikeEmail(email)) missing.email = t('errors.invalidEmail');
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) return;

    save.mutate(
      {
        name: name.trim(),
        email: email.trim() === '' ? null : email.trim(),
        phone: phone.trim() === '' ? null : phone.trim(),
        locale,
        companyId: selectedCompany?.id ?? null,
      },
      {
        onSuccess: (saved) => {
          notifySuccess(contact ? t('common.saved') : t('contacts.created'));
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
      title={contact ? t('contacts.edit') : t('contacts.new')}
      onSubmit={submit}
      error={server.general}
      pending={save.isPending}
    >
      <TextInput
        label={t('contacts.fields.name')}
        required
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
        }}
        error={errors.name}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('contacts.fields.email')}
          type="email"
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
          }}
          error={errors.email}
        />
        <TextInput
          label={t('contacts.fields.phone')}
          type="tel"
          value={phone}
          onChange={(event) => {
            setPhone(event.currentTarget.value);
          }}
          error={errors.phone}
        />
      </SimpleGrid>
      <Select
        label={t('contacts.fields.language')}
        data={Locale.options.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        value={locale}
        allowDeselect={false}
        onChange={(value) => {
          const parsed = Locale.safeParse(value);
          if (parsed.success) setLocale(parsed.data);
        }}
        error={errors.locale}
      />
      <CompanySelect
        label={t('contacts.fields.company')}
        placeholder={t('contacts.companyPlaceholder')}
        value={selectedCompany}
        onChange={setSelectedCompany}
        error={errors.companyId}
      />
    </FormModal>
  );
}
