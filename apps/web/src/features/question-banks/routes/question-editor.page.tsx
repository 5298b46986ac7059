import { useEffect, useState } from 'react';
import { Anchor, Stack } from '@mantine/core';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuestionBankView, QuestionView } from '@sen/contracts';
import { NotFoundPage } from '../../../app/access/not-found.page';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { useUnsavedChanges } from '../../courses/hooks/use-unsaved-changes.hook';
import { QuestionForm } from '../components/question-form.component';
import { bankPath, listSearchOf } from '../hooks/question-filters';
import { useQuestionBankQuery, useQuestionQuery } from '../hooks/use-question-bank-queries';

/** Writes a new question (`…/questions/new`) or edits one; either way it returns to the bank's list. */
export function QuestionEditorPage() {
  const { t } = useTranslation();
  const { courseId = '', bankId = '', questionId } = useParams();
  const location = useLocation();
  const back = bankPath(courseId, bankId, listSearchOf(location.state));
  const { banks, bank } = useQuestionBankQuery(courseId, bankId);
  const question = useQuestionQuery(questionId);
  const pending = banks.isPending || (questionId !== undefined && question.isPending);
  const error = banks.error ?? question.error;

  return (
    <Stack>
      <Anchor component={Link} to={back} size="sm">
        ← {bank ? t('questionBanks.backToBank', { name: bank.name }) : t('questionBanks.backToBankShort')}
      </Anchor>
      {pending ? (
        <ListSkeleton rows={8} />
      ) : error ? (
        <QueryError
          error={error}
          onRetry={() => {
            void banks.refetch();
            if (questionId) void question.refetch();
          }}
        />
      ) : !bank || (question.data && question.data.bankId !== bank.id) ? (
        <NotFoundPage />
      ) : (
        <QuestionEditor key={questionId ?? 'new'} bank={bank} question={question.data} back={back} />
      )}
    </Stack>
  );
}

interface QuestionEditorProps {
  bank: QuestionBankView;
  question: QuestionView | undefined;
  back: string;
}

function QuestionEditor({ bank, question, back }: QuestionEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const leaving = useUnsavedChanges(dirty && !saved);

  // Leaving only after the render that stops guarding the edits, or the guard would ask about them.
  useEffect(() => {
    if (saved) void navigate(back);
  }, [saved, back, navigate]);

  return (
    <>
      <PageHeader title={question ? t('questionBanks.editor.editTitle') : t('questionBanks.editor.newTitle')} />
      <QuestionForm
        bank={bank}
        question={question}
        onDirtyChange={setDirty}
        onSaved={() => {
          notifySuccess(question ? t('questionBanks.editor.saved') : t('questionBanks.editor.created'));
          setSaved(true);
        }}
        onCancel={() => void navigate(back)}
      />
      <ConfirmDialog
        opened={leaving.state === 'blocked'}
        title={t('questionBanks.editor.leave.title')}
        message={t('questionBanks.editor.leave.message')}
        confirmLabel={t('questionBanks.editor.leave.confirm')}
        danger
        onConfirm={() => leaving.proceed?.()}
        onClose={() => leaving.reset?.()}
      />
    </>
  );
}
