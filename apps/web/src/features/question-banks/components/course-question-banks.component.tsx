import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes, type CourseDetail, type QuestionBankView } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useQuestionBanksQuery } from '../hooks/use-question-bank-queries';
import { CategoryBadges } from './category-badges.component';
import { QuestionBankDialog } from './question-bank.dialog';

type Dialog = { kind: 'create' } | { kind: 'edit'; bank: QuestionBankView } | null;

/** The course editor's tab of question banks: the quizzes of the course draw their questions from them. */
export function CourseQuestionBanks({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const canCreate = useCan(routes.createQuestionBank);
  const canEdit = useCan(routes.updateQuestionBank);
  const banks = useQuestionBanksQuery(course.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const createButton = canCreate ? (
    <Button onClick={() => setDialog({ kind: 'create' })}>{t('questionBanks.bank.create')}</Button>
  ) : undefined;

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('questionBanks.intro')}
      </Text>
      {createButton && <Group>{createButton}</Group>}
      <div aria-live="polite" aria-busy={banks.isFetching}>
        {banks.isPending ? (
          <ListSkeleton rows={3} />
        ) : banks.isError ? (
          <QueryError error={banks.error} onRetry={() => void banks.refetch()} />
        ) : banks.data.items.length === 0 ? (
          <EmptyList
            title={t('questionBanks.empty')}
            description={createButton ? t('questionBanks.emptyHint') : undefined}
          />
        ) : (
          <BanksTable
            courseId={course.id}
            banks={banks.data.items}
            onEdit={canEdit ? (bank) => setDialog({ kind: 'edit', bank }) : undefined}
          />
        )}
      </div>
      {dialog && (
        <QuestionBankDialog
          courseId={course.id}
          bank={dialog.kind === 'edit' ? dialog.bank : undefined}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

interface BanksTableProps {
  courseId: string;
  banks: QuestionBankView[];
  onEdit: ((bank: QuestionBankView) => void) | undefined;
}

function BanksTable({ courseId, banks, onEdit }: BanksTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('questionBanks.caption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('questionBanks.bank.name')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('questionBanks.bank.categories')}
          </Table.Th>
          <Table.Th scope="col">{t('questionBanks.bank.questionCount')}</Table.Th>
          {onEdit && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('questionBanks.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {banks.map((bank) => (
          <Table.Tr key={bank.id}>
            <Table.Th scope="row" fw={500}>
              <Anchor component={Link} to={`/courses/${courseId}/banks/${bank.id}`} fw={500}>
                {bank.name}
              </Anchor>
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {bank.categories.join(' · ')}
              </Text>
            </Table.Th>
            <Table.Td visibleFrom="sm">
              {bank.categories.length > 0 ? (
                <CategoryBadges categories={bank.categories} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('questionBanks.bank.noCategories')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{formatNumber(bank.questionCount, locale)}</Table.Td>
            {onEdit && (
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={t('questionBanks.bank.editLabel', { name: bank.name })}
                  onClick={() => onEdit(bank)}
                >
                  {t('questionBanks.bank.edit')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
