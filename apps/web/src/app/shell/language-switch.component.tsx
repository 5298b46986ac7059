import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale.hook';

const loadMenu = () => import('./language-menu.component');
const LanguageMenu = lazy(async () => ({ default: (await loadMenu()).LanguageMenu }));

/**
 * The language button of the header and the sign-in page. Its menu (Mantine's Menu with its popover
 * positioning code, a tenth of what a lesson page downloads) is fetched when the user points at,
 * focuses or presses the button, not with the app: most people never switch language.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [pressed, setPressed] = useState(false);
  const label = t('language.switch', { current: t(`language.${locale}`) });
  const button = (
    <Button
      variant="subtle"
      size="compact-sm"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      loading={pressed}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => setPressed(true)}
    >
      {locale.toUpperCase()}
    </Button>
  );
  if (!pressed) return button;
  return (
    <Suspense fallback={button}>
      <LanguageMenu label={label} />
    </Suspense>
  );
}
