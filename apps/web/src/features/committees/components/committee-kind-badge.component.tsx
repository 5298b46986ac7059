import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommitteeKind } from '@sen/contracts';

const COLOURS: Record<CommitteeKind, string> = {
  party_committee: 'red',
  union_standing_committee: 'pink',
  other: 'gray',
};

export function CommitteeKindBadge({ kind }: { kind: CommitteeKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[kind]} size="sm">
      {t(`committees.kinds.${kind}`)}
    </Badge>
  );
}
