import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { plainText } from '../hooks/question-form';

const PREVIEW_LENGTH = 120;

/** A stem as one line of words for the list; pictures alone show as a placeholder. */
function stemPreview(html: string, fallback: string): string {
  const text = plainText(html);
  if (text === '') return fallback;
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

interface QuestionsTableProps {
  questions: QuestionView[];
  caption: string;
  /** The editor's address of a question, with what the list needs to come back to the same page. */
  editLink: (question: QuestionView) => { to: string; state: unknown };
  onDelete: (question: QuestionView, preview: string) => void;
}

export function QuestionsTable({ questions, caption, editLink, onDelete }: QuestionsTableProps) {
  const { t } = useTranslation();
  return (
    <CaptionedTable caption={caption} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('questionBanks.question.stem')}</Table.Th>
          <Table.Th scope="col">{t('questionBanks.question.type')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('questionBanks.question.category')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('questionBanks.question.tags')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('questionBanks.question.points')}
          </Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>{t('questionBanks.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {questions.map((question) => {
          const preview = stemPreview(question.stem, t('questionBanks.question.pictureOnly'));
          const link = editLink(question);
          return (
            <Table.Tr key={question.id}>
              <Table.Th scope="row" fw={400} maw={420}>
                <Anchor component={Link} to={link.to} state={link.state} size="sm">
                  {preview}
                </Anchor>
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{t(`questionBanks.types.${question.content.type}`)}</Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{question.category ?? '—'}</Text>
              </Table.Td>
              {/* Wide enough for a tag or two, so that the table scrolls rather than cutting them short. */}
              <Table.Td visibleFrom="md" style={{ minWidth: 140 }}>
                <Group gap={4}>
                  {question.tags.map((tag) => (
                    <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm">{question.points}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    component={Link}
                    to={link.to}
                    state={link.state}
                    size="xs"
                    variant="subtle"
                    aria-label={t('questionBanks.question.editLabel', { stem: preview })}
                  >
                    {t('questionBanks.question.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('questionBanks.question.deleteLabel', { stem: preview })}
                    onClick={() => onDelete(question, preview)}
                  >
                    {t('questionBanks.question.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CaptionedTable>
  );
}
