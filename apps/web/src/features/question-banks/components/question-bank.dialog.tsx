import { Modal, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CreateQuestionBankBody, type QuestionBankView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { listError } from '../hooks/form-errors';
import { bankBody, bankValues, removedCategories, type BankValues } from '../hooks/bank-form';
import { useCreateQuestionBankMutation, useUpdateQuestionBankMutation } from '../hooks/use-question-bank-mutations';

interface QuestionBankDialogProps {
  courseId: string;
  /** The bank being edited; absent to create one. */
  bank?: QuestionBankView;
  onClose: () => void;
}

/** Names a bank and lists the categories its questions may use. */
export function QuestionBankDialog({ courseId, bank, onClose }: QuestionBankDialogProps) {
  return bank ? (
    <EditBankDialog courseId={courseId} bank={bank} onClose={onClose} />
  ) : (
    <CreateBankDialog courseId={courseId} onClose={onClose} />
  );
}

function CreateBankDialog({ courseId, onClose }: { courseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateQuestionBankMutation(courseId);
  return (
    <BankForm
      title={t('questionBanks.bank.createTitle')}
      submitLabel={t('common.create')}
      initial={bankValues()}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      onSubmit={(body, setErrors) =>
        create.mutate(body, {
          onSuccess: (created) => {
            notifySuccess(t('questionBanks.bank.created', { name: created.name }));
            onClose();
          },
          onError: (error) => setErrors(apiFieldErrors(error, t)),
        })
      }
    />
  );
}

function EditBankDialog({
  courseId,
  bank,
  onClose,
}: {
  courseId: string;
  bank: QuestionBankView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateQuestionBankMutation(courseId, bank.id);
  return (
    <BankForm
      title={t('questionBanks.bank.editTitle')}
      submitLabel={t('common.save')}
      initial={bankValues(bank)}
      bank={bank}
      pending={update.isPending}
      error={update.error}
      onClose={onClose}
      onSubmit={(body, setErrors) =>
        update.mutate(body, {
          onSuccess: (saved) => {
            notifySuccess(t('questionBanks.bank.saved', { name: saved.name }));
            onClose();
          },
          onError: (error) => setErrors(apiFieldErrors(error, t)),
        })
      }
    />
  );
}

interface BankFormProps {
  title: string;
  submitLabel: string;
  initial: BankValues;
  bank?: QuestionBankView;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (body: CreateQuestionBankBody, setErrors: (errors: FormErrors) => void) => void;
}

function BankForm({ title, submitLabel, initial, bank, pending, error, onClose, onSubmit }: BankFormProps) {
  const { t } = useTranslation();
  const form = useForm<BankValues>({
    initialValues: initial,
    validate: contractValidator(CreateQuestionBankBody, bankBody, t),
  });
  const removed = bank ? removedCategories(bank, form.values) : [];

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          onSubmit(CreateQuestionBankBody.parse(bankBody(values)), (errors) => form.setErrors(errors)),
        )}
      >
        <Stack>
          <TextInput
            label={t('questionBanks.bank.name')}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <TagsInput
            label={t('questionBanks.bank.categories')}
            description={t('questionBanks.bank.categoriesHint')}
            // A category name may hold a comma; Enter (or leaving the field) adds it.
            splitChars={[]}
            clearable={false}
            maxTags={50}
            {...form.getInputProps('categories')}
            error={listError(form.errors, 'categories')}
          />
          {removed.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('questionBanks.bank.removing', { names: removed.join(', ') })}
            </Text>
          )}
          <SubmitError error={error} />
          <FormActions submitLabel={submitLabel} submitting={pending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
