import { useState } from 'react';
import { Alert, Anchor, Button, List } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, CourseOutline } from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifyFailure, notifySuccess } from '../../../app/ui/notify';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { courseKeys } from '../api/courses.keys';
import { usePublishMutation, useStartDraftMutation } from '../hooks/use-course-mutations';
import { useCourseVersionQuery } from '../hooks/use-course-queries';

interface CourseEditorActionsProps {
  course: CourseDetail;
  /** Called with the outline the action produced, so the editor can show it. */
  onDone: (outline: CourseOutline) => void;
}

/** Publish the draft, or start a new draft when there is none. */
export function CourseEditorActions({ course, onDone }: CourseEditorActionsProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const publish = usePublishMutation();
  const startDraft = useStartDraftMutation(course.id);
  const draft = course.versions.find((version) => version.id === course.draftVersionId);
  const queryClient = useQueryClient();
  const draftOutline = useCourseVersionQuery(draft?.id);

  if (!draft) {
    return (
      <Button
        loading={startDraft.isPending}
        onClick={() =>
          startDraft.mutate(undefined, {
            onSuccess: (outline) => {
              notifySuccess(t('courses.startDraft.done', { n: outline.versionNo }));
              onDone(outline);
            },
            onError: (error) => notifyFailure(message(error)),
          })
        }
      >
        {t('courses.startDraft.action')}
      </Button>
    );
  }
  return (
    <>
      <Button
        color="teal"
        onClick={() => {
          publish.reset();
          setConfirming(true);
        }}
      >
        {t('courses.publish.action')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('courses.publish.title', { n: draft.versionNo })}
        message={t('courses.publish.message', { n: draft.versionNo })}
        confirmLabel={t('courses.publish.action')}
        loading={publish.isPending}
        error={publish.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          publish.mutate(draft.id, {
            onSuccess: (outline) => {
              setConfirming(false);
              notifySuccess(t('courses.publish.done', { n: outline.versionNo }));
              onDone(outline);
            },
            onError: (error) => {
              // Someone else may have changed the draft: the list of quizzes to fix comes from the server.
              if (isApiRequestError(error) && error.code === 'QUIZ_NOT_SET') {
                void queryClient.invalidateQueries({ queryKey: courseKeys.version(draft.id) });
              }
            },
          })
        }
      >
        <QuizStepsWithoutRules outline={draftOutline.data} />
      </ConfirmDialog>
    </>
  );
}

/** The quiz steps that keep a draft from being published, each a link to where its rules are set. */
function QuizStepsWithoutRules({ outline }: { outline: CourseOutline | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const missing = outline?.modules.flatMap((module) => module.lessons.filter((l) => l.quizRulesMissing)) ?? [];
  if (missing.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('courses.publish.quizNotSet')}>
      <List size="sm">
        {missing.map((lesson) => (
          <List.Item key={lesson.id}>
            <Anchor component={Link} to={`/lessons/${lesson.id}`} size="sm">
              {localTitle(lesson, locale)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
