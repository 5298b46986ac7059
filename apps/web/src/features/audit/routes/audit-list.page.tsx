import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AuditActionSchema, AuditQuery } from '@sen/contracts';
import { issuesToFormErrors } from '../../../app/forms/contract-validator';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { UnitPicker } from '../../units/components/unit-picker.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { useUserQuery } from '../../users/hooks/use-user.query';
import { ActorPicker } from '../components/actor-picker.component';
import { AuditTable } from '../components/audit-table.component';
import { useAuditQuery } from '../hooks/use-audit.query';

const PAGE_SIZE = 50;
const FILTERS = ['unitId', 'actorId', 'action', 'from', 'to'] as const;

export function AuditListPage() {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(FILTERS);
  const action = AuditActionSchema.safeParse(values.action);
  const query = {
    unitId: orUndefined(values.unitId),
    actorId: orUndefined(values.actorId),
    action: action.success ? action.data : undefined,
    from: orUndefined(values.from),
    to: orUndefined(values.to),
    page,
    pageSize: PAGE_SIZE,
  };
  // The same contract check the API makes (e.g. "from" after "to"), shown before asking it.
  const checked = AuditQuery.safeParse(query);
  const filterErrors = checked.success ? {} : issuesToFormErrors(checked.error.issues, t);
  const entries = useAuditQuery(query, checked.success);
  // With no filter at all, an empty trail is not a mismatch.
  const filtered = Boolean(query.unitId || query.actorId || query.action || query.from || query.to);
  const unit = useUnitQuery(query.unitId);
  const actor = useUserQuery(query.actorId ?? '');

  return (
    <Stack>
      <PageHeader title={t('audit.title')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('audit.filters')}>
        <UnitPicker
          label={t('audit.filter.unit')}
          clearable
          value={query.unitId ?? null}
          selected={unit.data ? { id: unit.data.id, name: unit.data.name } : null}
          onChange={(id) => setFilter('unitId', id ?? '')}
        />
        <ActorPicker
          label={t('audit.filter.actor')}
          value={query.actorId ?? null}
          selected={actor.data ? { id: actor.data.id, name: actor.data.person.name } : null}
          onChange={(picked) => setFilter('actorId', picked?.id ?? '')}
        />
        <Select
          label={t('audit.filter.action')}
          placeholder={t('audit.allActions')}
          clearable
          searchable
          data={AUDIT_ACTIONS.map((value) => ({ value, label: t(`auditActions.${value}`) }))}
          value={query.action ?? null}
          onChange={(value) => setFilter('action', value ?? '')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="date"
          label={t('audit.filter.from')}
          value={values.from}
          onChange={(event) => setFilter('from', event.currentTarget.value)}
          error={filterErrors['from']}
        />
        <TextInput
          type="date"
          label={t('audit.filter.to')}
          value={values.to}
          onChange={(event) => setFilter('to', event.currentTarget.value)}
          error={filterErrors['to']}
        />
      </SimpleGrid>
      <ListState
        query={entries}
        ready={checked.success}
        empty={<EmptyList title={filtered ? t('audit.empty') : t('audit.none')} />}
        onPageChange={setPage}
      >
        {(items) => <AuditTable entries={items} caption={t('audit.caption')} />}
      </ListState>
    </Stack>
  );
}
