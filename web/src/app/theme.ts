import { createTheme } from '@mantine/core';

/** Atiende's Mantine theme: a calm teal primary colour and slightly rounded controls. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
});
