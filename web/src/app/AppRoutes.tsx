import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { paths } from '../lib/paths';
import { CenteredLoader } from '../ui/CenteredLoader';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

// Pages are split into their own chunks so the first load only fetches the shell and one page.
const InboxPage = lazy(async () => ({ default: (await import('../features/inbox/InboxPage')).InboxPage }));
const TicketPage = lazy(async () => ({
  default: (await import('../features/ticket/TicketPage')).TicketPage,
}));
const ContactsPage = lazy(async () => ({
  default: (await import('../features/contacts/ContactsPage')).ContactsPage,
}));
const ContactPage = lazy(async () => ({
  default: (await import('../features/contacts/ContactPage')).ContactPage,
}));
const CompaniesPage = lazy(async () => ({
  default: (await import('../features/companies/CompaniesPage')).CompaniesPage,
}));
const CompanyPage = lazy(async () => ({
  default: (await import('../features/companies/CompanyPage')).CompanyPage,
}));

const BoardPage = lazy(async () => ({ default: (await import('../features/board/BoardPage')).BoardPage }));
const TicketSettingsPage = lazy(async () => ({
  default: (await import('../features/ticket-settings/TicketSettingsPage')).TicketSettingsPage,
}));

const SlaSettingsPage = lazy(async () => ({
  default: (await import('../features/sla-settings/SlaSettingsPage')).SlaSettingsPage,
}));
const SurveysPage = lazy(async () => ({
  default: (await import('../features/surveys/SurveysPage')).SurveysPage,
}));

const DashboardPage = lazy(async () => ({
  default: (await import('../features/dashboard/DashboardPage')).DashboardPage,
}));

function PageFallback() {
  const { t } = useTranslation();
  return <CenteredLoader label={t('app.loading')} />;
}

/** The signed-in app's routes, all inside the shell (header + navbar); pages load lazily. */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageFallback />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={paths.inbox} replace />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="tickets/:ticketId" element={<TicketPage />} />
          <Route path="board" element={<BoardPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="settings/tickets" element={<TicketSettingsPage />} />
          <Route path="settings/sla" element={<SlaSettingsPage />} />
          <Route path="surveys" element={<SurveysPage />} />
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="contacts/:contactId" element={<ContactPage />} />
          <Route path="companies" element={<CompaniesPage />} />
          <Route path="companies/:companyId" element={<CompanyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
