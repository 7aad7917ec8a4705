import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { startConnectionWatch } from '../connection/connectionStore';
import { DeepLinkListener } from '../features/customer/DeepLinkListener';
import { I18nProvider, useI18n } from '../i18n';
import { startSession, useSession } from '../session/sessionStore';
import { SignInScreen } from '../signin/SignInScreen';
import { AppShell, ShellLoading } from './AppShell';
import { createAppTheme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    // No silent retries: a network failure shows the banner; queries pause while the server is away and
    // refetch when it answers again (the connection store drives TanStack's onlineManager).
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
    // A save is never held back until the server returns: it fails at once and the form keeps what was typed.
    mutations: { retry: false, networkMode: 'always' },
  },
});

startConnectionWatch();
startSession();

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <ThemedApp />
      </QueryClientProvider>
    </I18nProvider>
  );
}

function ThemedApp() {
  const { language } = useI18n();
  const theme = useMemo(() => createAppTheme(language), [language]);
  const session = useSession();

  // Another staff member may sign in next: drop what was cached for this one (only on the way
  // out of a session, so queries of the sign-in screen itself are left alone).
  const wasSignedIn = useRef(false);
  useEffect(() => {
    if (session.status === 'signedIn') wasSignedIn.current = true;
    else if (wasSignedIn.current) {
      wasSignedIn.current = false;
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
    }
  }, [session.status]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <DeepLinkListener />
      {session.status === 'loading' ? (
        <ShellLoading />
      ) : session.status === 'signedOut' ? (
        <SignInScreen reason={session.reason} />
      ) : (
        <AppShell staff={session.staff} />
      )}
    </ThemeProvider>
  );
}
