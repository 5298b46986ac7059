import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@sen/contracts';
import { useChangeLocaleMutation } from '../../features/auth/hooks/use-change-locale.mutation';
import { useLocale } from '../../i18n/use-locale.hook';
import { notifyFailure } from '../ui/notify';
import { useErrorMessage } from '../ui/use-error-message.hook';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const changeLocale = useChangeLocaleMutation();
  const errorMessage = useErrorMessage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('language.switch', { current: t(`language.${locale}`) })}
          loading={changeLocale.isPending}
        >
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
