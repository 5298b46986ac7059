import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes, type QuestionBankView, type QuestionView } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { NotFoundPage } from '../../../app/access/not-found.page';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { ListState } from '../../../app/ui/list-state.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { formatNumber } from '../../../i18n/format';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useCourseQuery } from '../../courses/hooks/use-course-queries';
import { questionBankCsvUrl, questionBankXlsxUrl } from '../api/question-banks.api';
import { CategoryBadges } from '../components/category-badges.component';
import { QuestionBankDialog } from '../components/question-bank.dialog';
import { QuestionFilters } from '../components/question-filters.component';
import { QuestionImportDialog } from '../components/question-import.dialog';
import { QuestionsTable } from '../components/questions-table.component';
import { QUESTION_FILTERS, isFiltered, questionQuery } from '../hooks/question-filters';
import { useDeleteQuestionMutation } from '../hooks/use-question-bank-mutations';
import { useQuestionBankQuery, useQuestionsQuery } from '../hooks/use-question-bank-queries';

const PAGE_SIZE = 20;

export function QuestionBankPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { courseId = '', bankId = '' } = useParams();
  const course = useCourseQuery(courseId);
  const { banks, bank } = useQuestionBankQuery(courseId, bankId);

  return (
    <Stack>
      <Anchor component={Link} to={`/courses/${courseId}?tab=banks`} size="sm">
        ←{' '}
        {course.data
          ? t('questionBanks.backToCourse', { title: localTitle(course.data, locale) })
          : t('questionBanks.backToCourseShort')}
      </Anchor>
      {banks.isPending ? (
        <ListSkeleton rows={6} />
      ) : banks.isError ? (
        <QueryError error={banks.error} onRetry={() => void banks.refetch()} />
      ) : bank ? (
        <BankQuestions bank={bank} />
      ) : (
        <NotFoundPage />
      )}
    </Stack>
  );
}

function BankQuestions({ bank }: { bank: QuestionBankView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const canEditBank = useCan(routes.updateQuestionBank);
  const canCreate = useCan(routes.createQuestion);
  const canExport = useCan(routes.exportQuestionBank);
  const canExportXlsx = useCan(routes.exportQuestionBankXlsx);
  const canImport = useCan(routes.importQuestionBank);
  const { page, values, setFilter, setPage } = useListParams(QUESTION_FILTERS);
  const query = questionQuery(values, page, PAGE_SIZE);
  const filtered = isFiltered(query);
  const questions = useQuestionsQuery(bank.id, query);
  const [editingBank, setEditingBank] = useState(false);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<{ question: QuestionView; preview: string } | null>(null);
  const remove = useDeleteQuestionMutation(bank.courseId, bank.id);
  const base = `/courses/${bank.courseId}/banks/${bank.id}`;
  // The editor comes back to this page with the same filters and page.
  const state = { listSearch: location.search };
  const createLink = canCreate ? (
    <Button component={Link} to={`${base}/questions/new`} state={state}>
      {t('questionBanks.question.create')}
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={bank.name}
        actions={
          <>
            {canEditBank && (
              <Button variant="default" onClick={() => setEditingBank(true)}>
                {t('questionBanks.bank.edit')}
              </Button>
            )}
            {canExport && (
              <Button component="a" variant="default" href={questionBankCsvUrl(bank.id)} download>
                {t('questionBanks.exportCsv')}
              </Button>
            )}
            {canExportXlsx && (
              <Button component="a" variant="default" href={questionBankXlsxUrl(bank.id)} download>
                {t('questionBanks.exportXlsx')}
              </Button>
            )}
            {canImport && (
              <Button variant="default" onClick={() => setImporting(true)}>
                {t('questionBanks.import.open')}
              </Button>
            )}
            {createLink}
          </>
        }
      />
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('questionBanks.bank.questionTotal', {
            count: bank.questionCount,
            formatted: formatNumber(bank.questionCount, locale),
          })}
        </Text>
        {bank.categories.length > 0 && <CategoryBadges categories={bank.categories} />}
      </Group>
      <QuestionFilters values={values} categories={bank.categories} onChange={setFilter} />
      <ListState
        query={questions}
        empty={
          <EmptyList
            title={filtered ? t('questionBanks.question.noResults') : t('questionBanks.question.empty')}
            description={
              filtered ? t('common.tryOtherSearch') : createLink ? t('questionBanks.question.emptyHint') : undefined
            }
            action={filtered ? undefined : createLink}
          />
        }
        onPageChange={setPage}
      >
        {(items) => (
          <QuestionsTable
            questions={items}
            caption={t('questionBanks.question.caption', { name: bank.name })}
            editLink={(question) => ({ to: `${base}/questions/${question.id}`, state })}
            onDelete={(question, preview) => setDeleting({ question, preview })}
          />
        )}
      </ListState>
      {importing && <QuestionImportDialog bank={bank} onClose={() => setImporting(false)} />}
      {editingBank && <QuestionBankDialog courseId={bank.courseId} bank={bank} onClose={() => setEditingBank(false)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('questionBanks.question.deleteTitle')}
        message={deleting ? t('questionBanks.question.deleteMessage', { stem: deleting.preview }) : ''}
        confirmLabel={t('questionBanks.question.delete')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!deleting) return;
          const lastOnPage = questions.data?.items.length === 1 && page > 1;
          remove.mutate(deleting.question.id, {
            onSuccess: () => {
              notifySuccess(t('questionBanks.question.deleted'));
              setDeleting(null);
              // An emptied last page would say "no questions" while earlier pages have some.
              if (lastOnPage) setPage(page - 1);
            },
          });
        }}
      />
    </>
  );
}
