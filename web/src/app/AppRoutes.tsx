import { Navigate, Route, Routes } from 'react-router';
import { paths } from '../lib/paths';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyPage } from '../features/companies/CompanyPage';
import { ContactPage } from '../features/contacts/ContactPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { TicketPage } from '../features/ticket/TicketPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/** The signed-in app's routes, all inside the shell (header + navbar). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to={paths.inbox} replace />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="tickets/:ticketId" element={<TicketPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/:contactId" element={<ContactPage />} />
        <Route path="companies" element={<CompaniesPage />} />
        <Route path="companies/:companyId" element={<CompanyPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
