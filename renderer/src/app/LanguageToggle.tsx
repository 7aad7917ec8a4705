import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import { Button } from '@mui/material';
import { useI18n } from '../i18n';

/** Switches nl ⇄ en; the label is in the language you switch to, so either reader finds it. */
export function LanguageToggle({ color = 'inherit' }: { color?: 'inherit' | 'primary' }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <Button
      color={color}
      startIcon={<TranslateOutlined />}
      onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
      aria-label={t('lang.switchLabel')}
      lang={language === 'nl' ? 'en' : 'nl'}
      data-testid="language-toggle"
    >
      {t('lang.switchTo')}
    </Button>
  );
}
