import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { POSITION_KINDS, routeTable, type PositionAssignmentView, type UnitPositions } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useEndAssignmentMutation } from '../hooks/use-position-mutations';
import { useUnitPositionsQuery } from '../hooks/use-unit-positions.query';
import { AssignPositionDialog } from './assign-position.dialog';

type Position = UnitPositions['positions'][number];

function byKindOrder(a: Position, b: Position): number {
  return POSITION_KINDS.indexOf(a.kind) - POSITION_KINDS.indexOf(b.kind);
}

export function UnitPositionsPanel({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const positions = useUnitPositionsQuery(unitId);
  const canAssign = useCan(routeTable.assignPosition);
  const canEnd = useCan(routeTable.endPositionAssignment);
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<PositionAssignmentView | null>(null);
  const end = useEndAssignmentMutation(unitId);

  if (positions.isPending) return <ListSkeleton rows={3} />;
  if (positions.isError) return <QueryError error={positions.error} onRetry={() => void positions.refetch()} />;

  const filled = positions.data.positions
    .filter((position) => position.holders.length + position.reserves.length > 0)
    .sort(byKindOrder);

  return (
    <Stack>
      {canAssign && (
        <Group>
          <Button onClick={() => setAssigning(true)}>{t('positions.assign.action')}</Button>
        </Group>
      )}
      {filled.length === 0 ? (
        <EmptyList title={t('positions.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {filled.map((position) => (
            <Paper
              key={position.kind}
              withBorder
              p="sm"
              component="section"
              aria-label={t(`positionKinds.${position.kind}`)}
            >
              <Title order={3} size="h5" mb="xs">
                {t(`positionKinds.${position.kind}`)}
              </Title>
              <AssignmentList
                label={t('positionRoles.holder')}
                items={position.holders}
                color="pink"
                onEnd={canEnd ? setEnding : undefined}
              />
              <AssignmentList
                label={t('positionRoles.reserve')}
                items={position.reserves}
                color="gray"
                onEnd={canEnd ? setEnding : undefined}
              />
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {assigning && <AssignPositionDialog unitId={unitId} onClose={() => setAssigning(false)} />}
      <ConfirmDialog
        opened={ending !== null}
        title={t('positions.end.title')}
        message={
          ending
            ? t('positions.end.message', {
                name: ending.person.name,
                kind: t(`positionKinds.${ending.kind}`),
                role: t(`positionRoles.${ending.role}`),
              })
            : ''
        }
        confirmLabel={t('positions.end.confirm')}
        danger
        loading={end.isPending}
        error={end.error}
        onClose={() => {
          setEnding(null);
          end.reset();
        }}
        onConfirm={() => {
          if (!ending) return;
          end.mutate(ending.id, {
            onSuccess: () => {
              notifySuccess(t('positions.end.done', { name: ending.person.name }));
              setEnding(null);
            },
          });
        }}
      />
    </Stack>
  );
}

interface AssignmentListProps {
  label: string;
  items: PositionAssignmentView[];
  color: string;
  onEnd?: ((assignment: PositionAssignmentView) => void) | undefined;
}

function AssignmentList({ label, items, color, onEnd }: AssignmentListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <Stack gap={4} mb="xs">
      <Badge color={color} variant="light" size="sm">
        {label}
      </Badge>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((assignment) => (
          <Group component="li" key={assignment.id} justify="space-between" wrap="nowrap" gap="xs">
            <div>
              <Anchor component={Link} to={`/people/${assignment.person.id}`} size="sm">
                {assignment.person.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('positions.since', { date: formatDate(assignment.validFrom, locale) })}
              </Text>
            </div>
            {onEnd && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onEnd(assignment)}
                aria-label={t('positions.end.actionFor', { name: assignment.person.name })}
              >
                {t('positions.end.action')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
