import { Anchor, Code, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@sen/contracts';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

const TARGET_TYPES = ['unit', 'unit-level', 'person', 'position-assignment', 'user', 'session'] as const;
type TargetType = (typeof TARGET_TYPES)[number];

function isTargetType(value: string): value is TargetType {
  return (TARGET_TYPES as readonly string[]).includes(value);
}

const TARGET_LINKS: Record<string, (id: string) => string> = {
  unit: (id) => `/units/${id}`,
  person: (id) => `/people/${id}`,
  user: (id) => `/users/${id}`,
};

export function AuditTable({ entries, caption }: { entries: AuditEntryView[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.unit')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.requestId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const link = entry.targetId ? TARGET_LINKS[entry.targetType] : undefined;
            const targetLabel = isTargetType(entry.targetType)
              ? t(`audit.targetTypes.${entry.targetType}`)
              : entry.targetType;
            return (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, locale)}</time>
                </Table.Td>
                <Table.Td>{entry.actor?.name ?? t('audit.systemActor')}</Table.Td>
                <Table.Td>{t(`auditActions.${entry.action}`)}</Table.Td>
                <Table.Td>
                  {link && entry.targetId ? (
                    <Anchor component={Link} to={link(entry.targetId)} size="sm">
                      {targetLabel}
                    </Anchor>
                  ) : (
                    <Text size="sm">{targetLabel}</Text>
                  )}
                </Table.Td>
                <Table.Td>{entry.unit?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Code>{entry.requestId}</Code>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
