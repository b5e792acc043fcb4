/** URLs of the agent app's pages, built in one place so links and routes cannot drift apart. */
export const paths = {
  inbox: '/inbox',
  board: '/board',
  dashboard: '/dashboard',
  ticketSettings: '/settings/tickets',
  slaSettings: '/settings/sla',
  surveys: '/surveys',
  ticket: (ticketId: string) => `/tickets/${encodeURIComponent(ticketId)}`,
  contacts: '/contacts',
  contact: (contactId: string) => `/contacts/${encodeURIComponent(contactId)}`,
  companies: '/companies',
  company: (companyId: string) => `/companies/${encodeURIComponent(companyId)}`,
};
