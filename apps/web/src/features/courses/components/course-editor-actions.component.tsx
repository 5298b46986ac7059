import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, CourseOutline } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifyFailure, notifySuccess } from '../../../app/ui/notify';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { usePublishMutation, useStartDraftMutation } from '../hooks/use-course-mutations';

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
          })
        }
      />
    </>
  );
}
