import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  FileInput,
  Group,
  List,
  Modal,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MAX_BANK_CATEGORIES,
  QUESTION_IMPORT_LIMITS,
  type QuestionBankView,
  type QuestionImportReport,
} from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { questionBankCsvUrl, questionBankXlsxUrl } from '../api/question-banks.api';
import {
  IMPORT_ACCEPT,
  checkImportFile,
  importProblem,
  translatedIssue,
  questionsToWrite,
} from '../hooks/question-import';
import { isAbort, useQuestionImport } from '../hooks/use-question-import';

interface QuestionImportDialogProps {
  bank: QuestionBankView;
  onClose: () => void;
}

/**
 * Imports a CSV or XLSX file of questions in two steps: a dry run that checks the whole file and says
 * what would change (or lists every problem by row and column), then the import itself. Nothing is
 * written before the author presses the import button.
 */
export function QuestionImportDialog({ bank, onClose }: QuestionImportDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [createCategories, setCreateCategories] = useState(false);
  const check = useQuestionImport(bank.courseId, bank.id);
  const apply = useQuestionImport(bank.courseId, bank.id);
  const problem = file ? checkImportFile(file) : null;
  // A report or refusal speaks of the file and option it was made with; a change asks for a new check.
  const restart = () => {
    check.reset();
    apply.reset();
  };
  const failure = [apply.error, check.error].find((error) => error && !isAbort(error)) ?? null;
  const report = apply.isError ? undefined : check.data;
  const toWrite = report ? questionsToWrite(report) : 0;
  const canApply = report !== undefined && (toWrite > 0 || report.categoriesAdded.length > 0);
  const sending = apply.isPending ? apply : check.isPending ? check : null;

  const runCheck = () => {
    if (!file || problem) return;
    apply.reset();
    check.mutate({ file, mode: 'dry_run', createCategories });
  };
  const runApply = () => {
    if (!file) return;
    apply.mutate(
      { file, mode: 'apply', createCategories },
      {
        onSuccess: (done) => {
          notifySuccess(
            t('questionBanks.import.done', {
              created: formatNumber(done.created, locale),
              updated: formatNumber(done.updated, locale),
            }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('questionBanks.import.title')}
      size="lg"
      // An import being written must not look cancelled: the server finishes it either way.
      closeOnEscape={!apply.isPending}
      closeOnClickOutside={!apply.isPending}
      withCloseButton={!apply.isPending}
    >
      <Stack>
        <Text size="sm">
          {t('questionBanks.import.formats', {
            mb: QUESTION_IMPORT_LIMITS.bytes / (1024 * 1024),
            rows: formatNumber(QUESTION_IMPORT_LIMITS.rows, locale),
          })}
        </Text>
        <Text size="sm">
          {t('questionBanks.import.template')}{' '}
          <Anchor href={questionBankCsvUrl(bank.id)} download>
            {t('questionBanks.import.templateCsv')}
          </Anchor>
          {' · '}
          <Anchor href={questionBankXlsxUrl(bank.id)} download>
            {t('questionBanks.import.templateXlsx')}
          </Anchor>
        </Text>
        <FileInput
          label={t('questionBanks.import.file')}
          placeholder={t('questionBanks.import.filePlaceholder')}
          accept={IMPORT_ACCEPT}
          value={file}
          clearable
          disabled={sending !== null}
          error={
            problem?.reason === 'type'
              ? t('questionBanks.import.wrongType')
              : problem?.reason === 'size'
                ? t('questionBanks.import.tooLarge', { limit: problem.limitMb })
                : undefined
          }
          onChange={(chosen) => {
            setFile(chosen);
            restart();
          }}
        />
        <Checkbox
          label={t('questionBanks.import.createCategories')}
          description={t('questionBanks.import.createCategoriesHint')}
          checked={createCategories}
          disabled={sending !== null}
          onChange={(event) => {
            setCreateCategories(event.currentTarget.checked);
            restart();
          }}
        />
        <div aria-live="polite">
          {sending && sending.progress !== null && (
            <SendProgress
              progress={sending.progress}
              applying={sending === apply}
              onCancel={sending === check ? check.cancel : undefined}
            />
          )}
        </div>
        {failure ? <ImportFailure error={failure} /> : report && <ImportReport report={report} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={apply.isPending}>
            {report || failure ? t('common.close') : t('common.cancel')}
          </Button>
          {canApply ? (
            <Button onClick={runApply} loading={apply.isPending}>
              {t('questionBanks.import.apply', { count: toWrite, formatted: formatNumber(toWrite, locale) })}
            </Button>
          ) : (
            !report && (
              <Button onClick={runCheck} loading={check.isPending} disabled={!file || problem !== null}>
                {t('questionBanks.import.check')}
              </Button>
            )
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function SendProgress({
  progress,
  applying,
  onCancel,
}: {
  progress: number;
  applying: boolean;
  onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const percent = Math.round(progress * 100);
  // Once the file is up, the wait is the server reading it.
  const stage = percent < 100 ? 'uploading' : applying ? 'applying' : 'checking';
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Progress flex={1} value={percent} animated aria-label={t('questionBanks.import.progress')} />
        <Text size="xs" c="dimmed" w={40} ta="right">
          {percent}%
        </Text>
        {onCancel && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t(`questionBanks.import.stage.${stage}`)}
      </Text>
    </Stack>
  );
}

function ImportReport({ report }: { report: QuestionImportReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = (value: number) => ({ count: value, formatted: formatNumber(value, locale) });
  return (
    <Alert color="teal" variant="light" title={t('questionBanks.import.checked', count(report.rows))}>
      <Stack gap="xs">
        <List size="sm">
          <List.Item>{t('questionBanks.import.toCreate', count(report.created))}</List.Item>
          <List.Item>{t('questionBanks.import.toUpdate', count(report.updated))}</List.Item>
          <List.Item>{t('questionBanks.import.unchanged', count(report.unchanged))}</List.Item>
        </List>
        {report.categoriesAdded.length > 0 && (
          <Text size="sm">
            {t('questionBanks.import.categoriesAdded', { names: report.categoriesAdded.join(', ') })}
          </Text>
        )}
        {report.sanitisedRows.length > 0 && (
          <Text size="sm">{t('questionBanks.import.sanitised', { rows: report.sanitisedRows.join(', ') })}</Text>
        )}
        <Text size="sm">
          {questionsToWrite(report) > 0 || report.categoriesAdded.length > 0
            ? t('questionBanks.import.notWrittenYet')
            : t('questionBanks.import.nothingToWrite')}
        </Text>
      </Stack>
    </Alert>
  );
}

/** A refused file: every problem by row and column when the server listed them, else one sentence. */
function ImportFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const listed = isApiRequestError(error) && error.code === 'QUESTION_IMPORT_INVALID' ? error.fields : [];
  if (listed.length === 0) {
    return (
      <Alert color="red" variant="light" role="alert">
        {message(error)}
      </Alert>
    );
  }
  const problems = listed.map(importProblem);
  return (
    <Stack gap="xs">
      <Alert color="red" variant="light" role="alert">
        {message(error)}
      </Alert>
      <ScrollArea.Autosize mah={320}>
        <CaptionedTable caption={t('questionBanks.import.problems')} hover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('questionBanks.import.row')}</Table.Th>
              <Table.Th>{t('questionBanks.import.column')}</Table.Th>
              <Table.Th>{t('questionBanks.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem, index) => {
              const issue = translatedIssue(problem);
              return (
                // The server's list, shown once and never reordered: its position is a stable key.
                <Table.Tr key={index}>
                  <Table.Td>{problem.row ?? t('questionBanks.import.wholeFile')}</Table.Td>
                  <Table.Td>{problem.column ? <Code>{problem.column}</Code> : '—'}</Table.Td>
                  <Table.Td>
                    {issue ? (
                      t(`questionBanks.import.issues.${issue}`, { max: MAX_BANK_CATEGORIES })
                    ) : (
                      // The server's own words are English.
                      <span lang="en">{problem.message}</span>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </CaptionedTable>
      </ScrollArea.Autosize>
    </Stack>
  );
}
