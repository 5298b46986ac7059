import { useState } from 'react';
import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes, type CourseOutline, type LessonView } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifyFailure, notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { coursesApi } from '../api/courses.api';
import { courseKeys } from '../api/courses.keys';
import { LessonForm } from '../components/lesson-form.component';
import { LessonPreview } from '../components/lesson-preview.component';
import { QuizSettings } from '../components/quiz-settings-form.component';
import { matchingLessonId } from '../hooks/matching-lesson';
import { useStartDraftMutation } from '../hooks/use-course-mutations';
import { useUnsavedChanges } from '../hooks/use-unsaved-changes.hook';
import { useLessonQuery } from '../hooks/use-course-queries';
import { QuizResultsLink } from '../../quiz-results/components/quiz-results-link.component';

type Mode = 'edit' | 'preview';

export function LessonEditorPage() {
  const { t } = useTranslation();
  const { lessonId = '' } = useParams();
  const lesson = useLessonQuery(lessonId);

  return (
    <Stack>
      {lesson.data && (
        <Anchor component={Link} to={`/courses/${lesson.data.courseId}`} size="sm">
          ← {t('courses.lesson.backToCourse')}
        </Anchor>
      )}
      {lesson.isPending ? (
        <ListSkeleton rows={6} />
      ) : lesson.isError ? (
        <QueryError error={lesson.error} onRetry={() => void lesson.refetch()} />
      ) : (
        // A new lesson id (e.g. its copy in a new draft) starts a fresh form.
        <LessonEditor key={lesson.data.id} lesson={lesson.data} />
      )}
    </Stack>
  );
}

function LessonEditor({ lesson }: { lesson: LessonView }) {
  const { t } = useTranslation();
  const canAuthor = useCan(routes.updateLesson);
  const locale = useLocale();
  const [mode, setMode] = useState<Mode>('edit');
  const [dirty, setDirty] = useState(false);
  const [quizDirty, setQuizDirty] = useState(false);
  const readOnly = !lesson.editable || !canAuthor;
  const leaving = useUnsavedChanges((dirty || quizDirty) && !readOnly);

  return (
    <>
      <PageHeader
        title={localTitle(lesson, locale)}
        actions={
          <SegmentedControl
            aria-label={t('courses.lesson.mode.label')}
            value={mode}
            onChange={(value) => setMode(value === 'preview' ? 'preview' : 'edit')}
            data={[
              { value: 'edit', label: t('courses.lesson.mode.edit') },
              { value: 'preview', label: t('courses.lesson.mode.preview') },
            ]}
          />
        }
      />
      {!lesson.editable && <FrozenNotice lesson={lesson} canAuthor={canAuthor} />}
      {lesson.completion === 'quiz_passed' && <QuizResultsLink lessonId={lesson.id} courseId={lesson.courseId} />}
      {/* The form stays mounted while previewing, so unsaved edits survive a look at the preview. */}
      <Stack display={mode === 'edit' ? undefined : 'none'}>
        {lesson.completion === 'quiz_passed' && (
          <QuizSettings lesson={lesson} readOnly={readOnly} onDirtyChange={setQuizDirty} />
        )}
        <LessonForm lesson={lesson} readOnly={readOnly} onDirtyChange={setDirty} />
      </Stack>
      {mode === 'preview' && <LessonPreview lesson={lesson} unsaved={dirty} />}
      <ConfirmDialog
        opened={leaving.state === 'blocked'}
        title={t('courses.lesson.leave.title')}
        message={t('courses.lesson.leave.message')}
        confirmLabel={t('courses.lesson.leave.confirm')}
        danger
        onConfirm={() => leaving.proceed?.()}
        onClose={() => leaving.reset?.()}
      />
    </>
  );
}

/** A published lesson is frozen; an author can continue in a new draft, on this lesson's copy there. */
function FrozenNotice({ lesson, canAuthor }: { lesson: LessonView; canAuthor: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const startDraft = useStartDraftMutation(lesson.courseId);

  const openCopy = async (draft: CourseOutline) => {
    const published = await queryClient.fetchQuery({
      queryKey: courseKeys.version(lesson.versionId),
      queryFn: ({ signal }) => coursesApi.getVersion(lesson.versionId, signal),
    });
    const copyId = matchingLessonId(published, lesson.id, draft);
    notifySuccess(
      copyId ? t('courses.lesson.readOnly.openedInDraft') : t('courses.startDraft.done', { n: draft.versionNo }),
    );
    await navigate(copyId ? `/lessons/${copyId}` : `/courses/${lesson.courseId}`);
  };
  const openInDraft = () =>
    startDraft.mutate(undefined, {
      onSuccess: (draft) => {
        openCopy(draft).catch((error: unknown) => notifyFailure(message(error)));
      },
      onError: (error) => notifyFailure(message(error)),
    });

  return (
    <Alert color="blue" variant="light" title={t('courses.lesson.readOnly.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('courses.lesson.readOnly.message')}</Text>
        {canAuthor && (
          <Group>
            <Button size="xs" loading={startDraft.isPending} onClick={openInDraft}>
              {t('courses.startDraft.action')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
