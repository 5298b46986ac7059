import { Alert, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ContestBody, REVIEW_POLICIES } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { UnitMultiPicker } from '../../units/components/unit-multi-picker.component';
import { contestBody, contestFormErrors, type ContestValues } from '../hooks/contest-form';
import { useCourseBanksQuery } from '../hooks/use-contest-queries';
import { CourseSelect } from '../../courses/components/course-select.component';
import { DrawRows } from './draw-rows.component';

interface ContestFormProps {
  initial: ContestValues;
  /** The contest has opened: what decides an attempt is fixed (the server refuses a change too). */
  locked: boolean;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: ContestBody, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}

/** A contest's settings: course and bank, draw, timing and scoring, schedule (Vietnam time) and units. */
export function ContestForm(props: ContestFormProps) {
  const { t } = useTranslation();
  const form = useForm<ContestValues>({
    initialValues: props.initial,
    validate: (values) => contestFormErrors(contractValidator(ContestBody, contestBody, t)(values)) as FormErrors,
  });
  const banks = useCourseBanksQuery(form.values.course?.id);
  const bank = banks.data?.items.find((item) => item.id === form.values.bankId);
  const locked = props.locked;

  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          props.onSubmit(ContestBody.parse(contestBody(values)), (error) =>
            form.setErrors(contestFormErrors(apiFieldErrors(error, t)) as FormErrors),
          ),
        )}
      >
        <Stack>
          {locked && (
            <Alert color="blue" variant="light">
              {t('contests.form.lockedHint')}
            </Alert>
          )}
          <TextInput label={t('contests.fields.title')} required {...form.getInputProps('title')} />
          {locked ? (
            <TextInput label={t('contests.fields.course')} value={form.values.course?.name ?? ''} readOnly />
          ) : (
            <CourseSelect
              label={t('contests.fields.course')}
              description={t('contests.fields.courseHint')}
              placeholder={t('contests.fields.coursePlaceholder')}
              required
              value={form.values.course}
              error={form.errors['course']}
              onChange={(course) => {
                form.setFieldValue('course', course);
                form.setFieldValue('bankId', '');
                form.clearFieldError('course');
              }}
            />
          )}
          <Select
            label={t('contests.fields.bank')}
            description={bank ? t('contests.fields.bankSize', { count: bank.questionCount }) : undefined}
            placeholder={form.values.course ? t('contests.fields.bankPlaceholder') : t('contests.fields.courseFirst')}
            required
            readOnly={locked}
            disabled={!form.values.course}
            data={(banks.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
            nothingFoundMessage={banks.isFetching ? t('common.loading') : t('contests.fields.noBanks')}
            value={form.values.bankId || null}
            error={form.errors['bankId']}
            onChange={(value) => {
              form.setFieldValue('bankId', value ?? '');
              form.clearFieldError('bankId');
            }}
          />
          <DrawRows
            rows={form.values.draw}
            categories={bank?.categories ?? []}
            readOnly={locked}
            error={form.errors['draw']}
            onChange={(rows) => {
              form.setFieldValue('draw', rows);
              form.clearFieldError('draw');
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('contests.fields.timeLimit')}
              required
              min={1}
              max={600}
              suffix={` ${t('contests.fields.minutes')}`}
              readOnly={locked}
              {...form.getInputProps('timeLimitMinutes')}
            />
            <NumberInput
              label={t('contests.fields.passMark')}
              min={0}
              max={100}
              suffix=" %"
              readOnly={locked}
              {...form.getInputProps('passMark')}
            />
            <NumberInput
              label={t('contests.fields.maxAttempts')}
              description={t('contests.fields.maxAttemptsHint')}
              min={1}
              max={100}
              readOnly={locked}
              {...form.getInputProps('maxAttempts')}
            />
          </SimpleGrid>
          <Group>
            <Checkbox
              label={t('contests.fields.shuffleQuestions')}
              disabled={locked}
              {...form.getInputProps('shuffleQuestions', { type: 'checkbox' })}
            />
            <Checkbox
              label={t('contests.fields.shuffleOptions')}
              disabled={locked}
              {...form.getInputProps('shuffleOptions', { type: 'checkbox' })}
            />
          </Group>
          <Select
            label={t('contests.fields.review')}
            data={REVIEW_POLICIES.map((value) => ({ value, label: t(`contests.review.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('review')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('contests.fields.opensAt')}
              description={t('contests.fields.vietnamTime')}
              required
              readOnly={locked}
              {...form.getInputProps('opensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('contests.fields.closesAt')}
              description={t('contests.fields.vietnamTime')}
              required
              {...form.getInputProps('closesAt')}
            />
          </SimpleGrid>
          <UnitMultiPicker
            label={t('contests.fields.units')}
            description={t('contests.fields.unitsHint')}
            required
            value={form.values.units}
            error={form.errors['units']}
            onChange={(units) => {
              form.setFieldValue('units', units);
              form.clearFieldError('units');
            }}
          />
          <Text size="xs" c="dimmed">
            {t('contests.form.rankingHint')}
          </Text>
          <SubmitError error={props.error} />
          <FormActions submitLabel={props.submitLabel} submitting={props.submitting} onCancel={props.onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}
