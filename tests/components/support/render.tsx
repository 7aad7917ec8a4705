import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../../renderer/src/i18n';

/**
 * Renders a piece of the renderer as the app does (language provider, a fresh QueryClient without retries),
 * in Dutch or English, and waits until the language is known (the provider renders nothing before).
 */
export async function renderUi(ui: ReactElement, { language = 'nl' }: { language?: 'nl' | 'en' } = {}) {
  localStorage.setItem('kcc.settings', JSON.stringify({ language, activeProfileId: 'web' }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <div data-testid="ui-ready">{ui}</div>
      </QueryClientProvider>
    </I18nProvider>,
  );
  await screen.findByTestId('ui-ready');
  return { ...result, user, queryClient };
}
