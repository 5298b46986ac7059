import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateEvent, CertificateEventKind } from '@sen/contracts';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

const COLOURS: Record<CertificateEventKind, string> = {
  issued: 'teal',
  reissued: 'blue',
  revoked: 'red',
  reminded: 'gray',
};

/** What happened to a certificate, in the order the API gives, each with who did it (or the system) and when. */
export function StaffCertificateHistory({ events }: { events: CertificateEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('issuedCertificates.history.empty')}
      </Text>
    );
  }
  return (
    // A list to assistive technology, as it is to the eye.
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} role="list">
      {events.map((event, index) => (
        <Timeline.Item
          key={`${event.kind}-${event.at}-${index}`}
          role="listitem"
          color={COLOURS[event.kind]}
          title={t(`issuedCertificates.history.kinds.${event.kind}`)}
        >
          <Stack gap={2}>
            {event.holderNameBefore !== null && event.holderNameAfter !== null && (
              <Text size="sm">
                {t('issuedCertificates.history.nameChange', {
                  before: event.holderNameBefore,
                  after: event.holderNameAfter,
                })}
              </Text>
            )}
            {event.reason && <Text size="sm">{t('issuedCertificates.history.reason', { reason: event.reason })}</Text>}
            <Text size="xs" c="dimmed">
              {event.actor?.name ?? t('issuedCertificates.history.system')} ·{' '}
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
