import { useMemo, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  MAX_QUIZ_QUESTIONS,
  QuizSettingsBody,
  REVIEW_POLICIES,
  routes,
  type LessonView,
  type QuestionBankView,
  type QuizSettingsView,
} from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import {
  drawTotal,
  fixedRow,
  keyNeverShown,
  newQuizSettingsValues,
  quizSettingsBody,
  quizSettingsServerErrors,
  quizSettingsValidator,
  quizSettingsValues,
  randomRow,
  type DrawRowValues,
  type QuizSettingsValues,
} from '../hooks/quiz-settings-form';
import {
  useQuestionBanksQuery,
  useQuestionQuery,
  useQuestionsQuery,
} from '../../question-banks/hooks/use-question-bank-queries';
import { useLessonQuizQuery, useSaveQuizSettingsMutation } from '../hooks/use-quiz-settings';

/** Select values are strings; this one stands for "any category" (a null category in the rule). */
const ANY_CATEGORY = '\u0000any';

type QuizForm = UseFormReturnType<QuizSettingsValues>;

interface QuizSettingsProps {
  lesson: LessonView;
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/** The rules of a quiz step (a lesson completed by passing its quiz), shown above the lesson's own text. */
export function QuizSettings({ lesson, readOnly, onDirtyChange }: QuizSettingsProps) {
  const { t } = useTranslation();
  // Quiz rules name the bank that holds the answer keys: only authors see them.
  const canSee = useCan(routes.getLessonQuiz);
  if (!canSee) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="quiz-settings-title">
      <Stack>
        <div>
          <Title order={2} size="h4" id="quiz-settings-title">
            {t('courses.quiz.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('courses.quiz.intro')}
          </Text>
        </div>
        <QuizSettingsLoader lesson={lesson} readOnly={readOnly} onDirtyChange={onDirtyChange} />
      </Stack>
    </Paper>
  );
}

function QuizSettingsLoader({ lesson, readOnly, onDirtyChange }: QuizSettingsProps) {
  const { t } = useTranslation();
  const quiz = useLessonQuizQuery(lesson.id);
  const banks = useQuestionBanksQuery(lesson.courseId);
  if (quiz.isPending || banks.isPending) return <ListSkeleton rows={4} />;
  if (quiz.isError) return <QueryError error={quiz.error} onRetry={() => void quiz.refetch()} />;
  if (banks.isError) return <QueryError error={banks.error} onRetry={() => void banks.refetch()} />;
  const notSet = quiz.data === null;
  if (notSet && readOnly) return <Alert color="yellow">{t('courses.quiz.notSetReadOnly')}</Alert>;
  if (notSet && banks.data.items.length === 0) {
    return (
      <Alert color="yellow">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('courses.quiz.noBanks')}</Text>
          <Anchor component={Link} to={`/courses/${lesson.courseId}?tab=banks`} size="sm">
            {t('courses.quiz.openBanks')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      {notSet && (
        <Alert color="yellow" role="status">
          {t('courses.quiz.notSet')}
        </Alert>
      )}
      <QuizSettingsForm
        lesson={lesson}
        quiz={quiz.data}
        banks={banks.data.items}
        readOnly={readOnly}
        onDirtyChange={onDirtyChange}
      />
    </>
  );
}

interface QuizSettingsFormProps extends QuizSettingsProps {
  quiz: QuizSettingsView | null;
  banks: QuestionBankView[];
}

function QuizSettingsForm({ lesson, quiz, banks, readOnly, onDirtyChange }: QuizSettingsFormProps) {
  const { t } = useTranslation();
  const save = useSaveQuizSettingsMutation(lesson);
  const form = useForm<QuizSettingsValues>({
    initialValues: quiz ? quizSettingsValues(quiz) : newQuizSettingsValues(banks),
    validate: quizSettingsValidator(t),
    onValuesChange: (values, previous) => {
      // A refusal of the whole draw (too few questions in the bank) is stale once any line changes.
      if (values.draw !== previous.draw) form.clearFieldError('draw');
      onDirtyChange(form.isDirty());
    },
  });
  const bank = banks.find((b) => b.id === form.values.bankId);
  const total = drawTotal(form.values.draw);

  return (
    <form
      noValidate
      aria-labelledby="quiz-settings-title"
      onSubmit={form.onSubmit((values) => {
        save.mutate(QuizSettingsBody.parse(quizSettingsBody(values)), {
          onSuccess: (saved) => {
            const next = quizSettingsValues(saved);
            form.setInitialValues(next);
            form.setValues(next);
            onDirtyChange(false);
            notifySuccess(t('courses.quiz.saved'));
          },
          onError: (error) => form.setErrors(quizSettingsServerErrors(error, t)),
        });
      })}
    >
      <Stack>
        <Select
          label={t('courses.quiz.fields.bank')}
          required
          readOnly={readOnly}
          allowDeselect={false}
          data={banks.map((b) => ({
            value: b.id,
            label: t('courses.quiz.fields.bankOption', { name: b.name, count: b.questionCount }),
          }))}
          value={form.values.bankId || null}
          error={form.errors['bankId']}
          onChange={(value) => {
            if (!value || value === form.values.bankId) return;
            // Categories and questions belong to a bank: the draw starts over with the new one.
            form.setValues({ bankId: value, draw: [randomRow()] });
          }}
        />
        <Fieldset legend={t('courses.quiz.fields.draw')} variant="unstyled">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('courses.quiz.fields.drawHint')}
            </Text>
            {form.values.draw.map((row, index) => (
              <DrawRow
                key={row.key}
                form={form}
                row={row}
                index={index}
                bank={bank}
                readOnly={readOnly}
                removable={form.values.draw.length > 1}
              />
            ))}
            {form.errors['draw'] && (
              <Text size="sm" c="red" role="alert">
                {form.errors['draw']}
              </Text>
            )}
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" fw={500} aria-live="polite">
                {t('courses.quiz.draw.total', { count: total })}
              </Text>
              {!readOnly && (
                <Group gap="xs">
                  <Button
                    variant="light"
                    size="xs"
                    disabled={!bank || total >= MAX_QUIZ_QUESTIONS}
                    onClick={() => form.insertListItem('draw', randomRow())}
                  >
                    {t('courses.quiz.draw.addRandom')}
                  </Button>
                  <Button
                    variant="light"
                    size="xs"
                    disabled={!bank || total >= MAX_QUIZ_QUESTIONS}
                    onClick={() => form.insertListItem('draw', fixedRow())}
                  >
                    {t('courses.quiz.draw.addFixed')}
                  </Button>
                </Group>
              )}
            </Group>
          </Stack>
        </Fieldset>
        <Group gap="xl">
          <Switch
            label={t('courses.quiz.fields.shuffleQuestions')}
            disabled={readOnly}
            {...form.getInputProps('shuffleQuestions', { type: 'checkbox' })}
          />
          <Switch
            label={t('courses.quiz.fields.shuffleOptions')}
            disabled={readOnly}
            {...form.getInputProps('shuffleOptions', { type: 'checkbox' })}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('courses.quiz.fields.passMark')}
            description={t('courses.quiz.fields.passMarkHint')}
            required
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            readOnly={readOnly}
            {...form.getInputProps('passMark')}
          />
          <Stack gap={6}>
            <NumberInput
              label={t('courses.quiz.fields.maxAttempts')}
              min={1}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              readOnly={readOnly}
              disabled={form.values.unlimitedAttempts}
              {...form.getInputProps('maxAttempts')}
            />
            <Checkbox
              label={t('courses.quiz.fields.unlimitedAttempts')}
              disabled={readOnly}
              {...form.getInputProps('unlimitedAttempts', { type: 'checkbox' })}
            />
          </Stack>
          <Stack gap={6}>
            <NumberInput
              label={t('courses.quiz.fields.timeLimit')}
              min={1}
              max={600}
              allowDecimal={false}
              allowNegative={false}
              readOnly={readOnly}
              disabled={form.values.untimed}
              {...form.getInputProps('timeLimitMinutes')}
            />
            <Checkbox
              label={t('courses.quiz.fields.untimed')}
              disabled={readOnly}
              {...form.getInputProps('untimed', { type: 'checkbox' })}
            />
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('courses.quiz.fields.opensAt')}
            description={t('courses.quiz.fields.dateHint')}
            readOnly={readOnly}
            {...form.getInputProps('opensAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('courses.quiz.fields.closesAt')}
            description={t('courses.quiz.fields.dateHint')}
            readOnly={readOnly}
            {...form.getInputProps('closesAt')}
          />
        </SimpleGrid>
        <Radio.Group label={t('courses.quiz.fields.review')} {...form.getInputProps('review')}>
          <Stack gap="sm" mt="xs">
            {REVIEW_POLICIES.map((policy) => (
              <Radio
                key={policy}
                value={policy}
                disabled={readOnly}
                label={t(`courses.quiz.review.${policy}.label`)}
                description={t(`courses.quiz.review.${policy}.description`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {keyNeverShown(form.values) && (
          <Alert color="yellow" role="status">
            {t('courses.quiz.keyNeverShown')}
          </Alert>
        )}
        {!readOnly && (
          <>
            <SubmitError error={save.error} />
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={!form.isDirty()}
                onClick={() => {
                  form.reset();
                  onDirtyChange(false);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('courses.quiz.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}

interface DrawRowProps {
  form: QuizForm;
  row: DrawRowValues;
  index: number;
  bank: QuestionBankView | undefined;
  readOnly: boolean;
  removable: boolean;
}

/** One line of the draw: N random questions of a category (or any), or one given question. */
function DrawRow({ form, row, index, bank, readOnly, removable }: DrawRowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const path = `draw.${index}`;
  const error = (field: string) => form.errors[`${path}.${field}`];
  return (
    <Paper withBorder p="sm" radius="sm" role="group" aria-label={t('courses.quiz.draw.row', { n })}>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t('courses.quiz.draw.kind', { n })}
          readOnly={readOnly}
          value={row.kind}
          onChange={(kind) =>
            form.setFieldValue(
              path,
              kind === 'fixed' ? { ...fixedRow(), key: row.key } : { ...randomRow(), key: row.key },
            )
          }
          data={[
            { value: 'random', label: t('courses.quiz.draw.random') },
            { value: 'fixed', label: t('courses.quiz.draw.fixed') },
          ]}
        />
        {row.kind === 'random' ? (
          <>
            <NumberInput
              label={t('courses.quiz.draw.count')}
              w={110}
              min={1}
              max={MAX_QUIZ_QUESTIONS}
              allowDecimal={false}
              allowNegative={false}
              readOnly={readOnly}
              {...form.getInputProps(`${path}.count`)}
            />
            <Select
              label={t('courses.quiz.draw.category')}
              style={{ flex: 1, minWidth: 220 }}
              allowDeselect={false}
              readOnly={readOnly}
              data={[
                { value: ANY_CATEGORY, label: t('courses.quiz.draw.anyCategory') },
                ...categoryChoices(bank, row.category).map((category) => ({ value: category, label: category })),
              ]}
              value={row.category ?? ANY_CATEGORY}
              error={error('category')}
              onChange={(value) =>
                form.setFieldValue(`${path}.category`, value === ANY_CATEGORY || value === null ? null : value)
              }
            />
          </>
        ) : (
          <QuestionPicker
            bankId={bank?.id ?? ''}
            value={row.questionId}
            error={error('questionId')}
            readOnly={readOnly}
            onChange={(questionId) => form.setFieldValue(`${path}.questionId`, questionId)}
          />
        )}
        {!readOnly && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={4}
            disabled={!removable}
            aria-label={t('courses.quiz.draw.remove', { n })}
            onClick={() => form.removeListItem('draw', index)}
          >
            <span aria-hidden>×</span>
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

/** The bank's categories; one the row names that the bank no longer has stays listed, so its error shows against it. */
function categoryChoices(bank: QuestionBankView | undefined, current: string | null): string[] {
  const categories = bank?.categories ?? [];
  return current === null || categories.includes(current) ? categories : [...categories, current];
}

/** A question's stem is rich text; the picker lists it as plain text. */
function stemText(html: string): string {
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

interface QuestionPickerProps {
  bankId: string;
  value: string;
  error: ReactNode;
  readOnly: boolean;
  onChange: (questionId: string) => void;
}

function QuestionPicker(props: QuestionPickerProps) {
  return props.readOnly ? <ChosenQuestion questionId={props.value} /> : <QuestionSearch {...props} />;
}

const PICKER_STYLE = { flex: 1, minWidth: 260 };

function ChosenQuestion({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const chosen = useQuestionQuery(questionId || undefined);
  return (
    <TextInput
      label={t('courses.quiz.draw.question')}
      style={PICKER_STYLE}
      readOnly
      value={chosen.data ? stemText(chosen.data.stem) : ''}
    />
  );
}

function QuestionSearch({ bankId, value, error, onChange }: QuestionPickerProps) {
  const { t } = useTranslation();
  const chosen = useQuestionQuery(value || undefined);
  const chosenLabel = chosen.data ? stemText(chosen.data.stem) : undefined;
  const search = useRemoteSearch(chosenLabel);
  const results = useQuestionsQuery(bankId, { search: search.term, pageSize: 20 });
  const options = useMemo(
    () =>
      (results.data?.items ?? []).map((question) => ({
        value: question.id,
        label: stemText(question.stem),
        description: question.category ?? undefined,
      })),
    [results.data],
  );
  return (
    <div style={PICKER_STYLE}>
      <RemoteSearchSelect
        label={t('courses.quiz.draw.question')}
        placeholder={t('courses.quiz.draw.questionPlaceholder')}
        required
        value={value || null}
        selected={value && chosenLabel ? { id: value, name: chosenLabel } : null}
        search={search}
        options={options}
        isFetching={results.isFetching}
        nothingFoundMessage={t('courses.quiz.draw.noQuestions')}
        withDescriptions
        error={error}
        onChange={(questionId) => onChange(questionId ?? '')}
      />
    </div>
  );
}
