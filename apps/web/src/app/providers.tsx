import { useMemo, type ReactNode } from 'react';
import {
  createTheme,
  MantineProvider,
  type ModalProps,
  type PasswordInputProps,
  type SelectProps,
} from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryClient } from './api/query-client';
import { NotificationsHost } from './ui/notifications-host.component';

function useTheme() {
  // `t` changes identity with the language, which rebuilds the theme.
  const { t } = useTranslation();
  // Mantine's built-in control labels are English; give them the user's language instead. Plain
  // objects rather than `Select.extend(…)`: that would load Select, Modal and their popover and
  // scroll-lock code with the app shell, on every trainee's first load.
  return useMemo(
    () =>
      createTheme({
        primaryColor: 'pink',
        primaryShade: 8,
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        // Visible focus for keyboard users, never for mouse clicks.
        focusRing: 'auto',
        defaultRadius: 'md',
        components: {
          PasswordInput: {
            defaultProps: {
              visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') },
            } satisfies Partial<PasswordInputProps>,
          },
          Select: {
            defaultProps: { clearButtonProps: { 'aria-label': t('common.clear') } } satisfies Partial<SelectProps>,
          },
          Modal: {
            defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } satisfies Partial<ModalProps>,
          },
        },
      }),
    [t],
  );
}

function ThemedApp({ children }: { children: ReactNode }) {
  const theme = useTheme();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <NotificationsHost />
      {children}
    </MantineProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemedApp>{children}</ThemedApp>
    </QueryClientProvider>
  );
}
