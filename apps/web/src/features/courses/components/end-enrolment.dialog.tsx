import { useTranslation } from 'react-i18next';
import type { EnrolmentView } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useEndEnrolmentMutation } from '../hooks/use-delivery-mutations';

interface EndEnrolmentDialogProps {
  courseId: string;
  enrolment: EnrolmentView;
  onClose: () => void;
}

/** Unenrolling ends the enrolment; her progress and the record that she was enrolled stay. */
export function EndEnrolmentDialog({ courseId, enrolment, onClose }: EndEnrolmentDialogProps) {
  const { t } = useTranslation();
  const end = useEndEnrolmentMutation(courseId);
  const name = enrolment.person.name;
  return (
    <ConfirmDialog
      opened
      title={t('courses.unenrol.title', { name })}
      message={t('courses.unenrol.message', { name })}
      confirmLabel={t('courses.unenrol.confirm')}
      danger
      loading={end.isPending}
      error={end.error}
      onClose={onClose}
      onConfirm={() =>
        end.mutate(enrolment.id, {
          onSuccess: () => {
            notifySuccess(t('courses.unenrol.done', { name }));
            onClose();
          },
        })
      }
    />
  );
}
