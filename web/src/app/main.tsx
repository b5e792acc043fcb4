import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../lib/i18n/i18n';
import { App } from './App';
import { createQueryClient } from './query-client';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain #root');

createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} i18n={createI18n()} />
  </StrictMode>,
);
