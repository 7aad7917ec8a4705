import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { Alert, Box, Button, IconButton, InputAdornment, Paper, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/client';
import { LanguageToggle } from '../app/LanguageToggle';
import { ConnectionBanner } from '../connection/ConnectionBanner';
import { ServerButton } from '../features/profiles/ServerButton';
import { useDraft } from '../hooks/useDraft';
import { useT, type MessageKey, type Params } from '../i18n';
import { signIn } from '../session/sessionStore';
import { DemoAccounts } from './DemoAccounts';
import { signInErrorMessage } from './signInError';

export function SignInScreen({ reason }: { reason: 'expired' | 'signedOut' | null }) {
  const t = useT();
  const [username, setUsername, clearUsername] = useDraft('signin.username', '');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: MessageKey; params?: Params } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) return setError({ key: 'signin.required' });
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      clearUsername();
    } catch (e) {
      setError(isApiError(e) ? signInErrorMessage(e) : { key: 'signin.error.other', params: { message: String(e) } });
      // A wrong password is retyped; after a lost connection everything typed stays for the retry.
      if (isApiError(e) && e.code === 'invalid_credentials') setPassword('');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const notice = reason === 'expired' ? t('signin.sessionExpired') : reason === 'signedOut' ? t('signin.signedOut') : null;

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <ConnectionBanner />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, p: 2 }}>
        <ServerButton />
        <LanguageToggle color="primary" />
      </Box>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={3}
        sx={{ flex: 1, alignItems: { xs: 'stretch', md: 'flex-start' }, justifyContent: 'center', px: 2, pt: { xs: 2, md: 8 } }}
      >
        <Paper elevation={2} sx={{ p: 4, width: { xs: '100%', md: 420 } }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 3 }}>
            <SupportAgentOutlined color="primary" sx={{ fontSize: 36 }} aria-hidden />
            <Box>
              <Typography variant="h5" component="div" color="primary">
                {t('app.name')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('app.tagline')}
              </Typography>
            </Box>
          </Stack>
          <Typography variant="h5" component="h1" gutterBottom>
            {t('signin.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('signin.subtitle')}
          </Typography>
          {notice && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="signin-notice">
              {notice}
            </Alert>
          )}
          {error && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert" data-testid="signin-error">
              {t(error.key, error.params)}
            </Alert>
          )}
          <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
            <TextField
              label={t('signin.username')}
              name="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              autoFocus={!username}
              fullWidth
              margin="normal"
              required
            />
            <TextField
              label={t('signin.password')}
              name="password"
              type={showPassword ? 'text' : 'password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              autoFocus={!!username}
              inputRef={passwordRef}
              fullWidth
              margin="normal"
              required
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        onClick={() => setShowPassword((s) => !s)}
                        aria-label={showPassword ? t('signin.hidePassword') : t('signin.showPassword')}
                        edge="end"
                      >
                        {showPassword ? <VisibilityOff /> : <Visibility />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Button type="submit" variant="contained" size="large" fullWidth disabled={busy} sx={{ mt: 2 }}>
              {busy ? t('signin.submitting') : t('signin.submit')}
            </Button>
          </Box>
        </Paper>
        <DemoAccounts
          onUse={(u, p) => {
            setUsername(u);
            setPassword(p);
            setError(null);
          }}
        />
      </Stack>
    </Box>
  );
}
