import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES } from '@sen/contracts';
import { SearchField } from '../../../app/ui/search-field.component';
import { categoryOfOptionValue, categoryOptionValue, type QuestionFilter } from '../hooks/question-filters';

// Plain "any" entries rather than clear buttons, which Mantine keeps out of keyboard reach.
const ANY = 'any';

interface QuestionFiltersProps {
  values: Record<QuestionFilter, string>;
  categories: readonly string[];
  onChange: (filter: QuestionFilter, value: string) => void;
}

export function QuestionFilters({ values, categories, onChange }: QuestionFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <SearchField
        label={t('questionBanks.filters.search')}
        placeholder={t('questionBanks.filters.searchPlaceholder')}
        value={values.search}
        onChange={(value) => onChange('search', value)}
      />
      <Select
        label={t('questionBanks.filters.type')}
        data={[
          { value: ANY, label: t('questionBanks.filters.anyType') },
          ...QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionBanks.types.${type}`) })),
        ]}
        value={values.type || ANY}
        onChange={(value) => onChange('type', value === ANY || value === null ? '' : value)}
        allowDeselect={false}
      />
      <Select
        label={t('questionBanks.filters.category')}
        data={[
          { value: ANY, label: t('questionBanks.filters.anyCategory') },
          ...categories.map((name) => ({ value: categoryOptionValue(name), label: name })),
        ]}
        value={values.category ? categoryOptionValue(values.category) : ANY}
        onChange={(value) => onChange('category', categoryOfOptionValue(value) ?? '')}
        allowDeselect={false}
      />
      <SearchField
        label={t('questionBanks.filters.tag')}
        placeholder={t('questionBanks.filters.tagPlaceholder')}
        value={values.tag}
        onChange={(value) => onChange('tag', value)}
      />
    </SimpleGrid>
  );
}
