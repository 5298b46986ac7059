import { useEffect, useRef, useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@sen/contracts';
import { useChangeLocaleMutation } from '../../features/auth/hooks/use-change-locale.mutation';
import { useLocale } from '../../i18n/use-locale.hook';
import { notifyFailure } from '../ui/notify';
import { useErrorMessage } from '../ui/use-error-message.hook';

/**
 * The language menu, loaded by `LanguageSwitch` when the user first presses its button: it takes
 * that button's place, focused and open, as if the first press had opened it.
 */
export function LanguageMenu({ label }: { label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const changeLocale = useChangeLocaleMutation();
  const errorMessage = useErrorMessage();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    // Focus first, then open on the next frame: Mantine returns focus on close to what had it when
    // the menu opened, and it only notices an opening after its first render.
    target.current?.focus();
    const frame = requestAnimationFrame(() => setOpened(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Button ref={target} variant="subtle" size="compact-sm" aria-label={label} loading={changeLocale.isPending}>
          {locale.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            aria-current={option === locale ? 'true' : undefined}
            fw={option === locale ? 700 : undefined}
            onClick={() => changeLocale.mutate(option, { onError: (error) => notifyFailure(errorMessage(error)) })}
          >
            {t(`language.${option}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
