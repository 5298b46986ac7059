import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '@sen/contracts';

export function UnitBreadcrumbs({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('units.breadcrumb')}>
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        <Anchor component={Link} to="/units" size="sm">
          {t('units.title')}
        </Anchor>
        {unit.ancestors.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={`/units/${ancestor.id}`} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" aria-current="page">
          {unit.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
