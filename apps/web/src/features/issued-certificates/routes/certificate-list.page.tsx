import { Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_STATUSES, routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { SearchField } from '../../../app/ui/search-field.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { UnitPicker } from '../../units/components/unit-picker.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { CertificateListCourseFilter } from '../components/certificate-list-course-filter.component';
import { CertificateListTable } from '../components/certificate-list-table.component';
import { StaffFailedJobs } from '../components/staff-failed-jobs.component';
import {
  CERTIFICATE_FILTERS,
  certificateExportQuery,
  certificateExportUrl,
  certificateListQuery,
  isNarrowed,
  issuedDatesReversed,
} from '../hooks/certificate-list-filters';
import { useCertificatesQuery } from '../hooks/use-staff-certificates';

const PAGE_SIZE = 20;

/** Certificates of members in the caller's scope (admins and reviewers), filtered in the address, with their export. */
export function CertificateListPage() {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(CERTIFICATE_FILTERS);
  const filters = certificateExportQuery(values);
  const query = certificateListQuery(values, page, PAGE_SIZE);
  // Reversed dates can match nothing: say so at the field rather than ask the server.
  const reversed = issuedDatesReversed(filters);
  const certificates = useCertificatesQuery(query, !reversed);
  const unit = useUnitQuery(filters.unitId);
  const canSeeFailedJobs = useCan(routeTable.failedCertificateJobs);

  return (
    <Stack>
      <PageHeader
        title={t('issuedCertificates.title')}
        actions={
          <Button component="a" variant="default" href={certificateExportUrl(filters)} download>
            {t('issuedCertificates.export')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('issuedCertificates.filters')}>
        <SearchField
          label={t('issuedCertificates.filter.search')}
          placeholder={t('issuedCertificates.filter.searchPlaceholder')}
          value={values.q}
          onChange={(value) => setFilter('q', value)}
        />
        <Select
          label={t('issuedCertificates.filter.status')}
          placeholder={t('issuedCertificates.filter.allStatuses')}
          clearable
          data={CERTIFICATE_STATUSES.map((value) => ({ value, label: t(`certificates.status.${value}`) }))}
          value={filters.status ?? null}
          onChange={(value) => setFilter('status', value ?? '')}
          comboboxProps={{ withinPortal: true }}
        />
        <CertificateListCourseFilter courseId={filters.courseId} onChange={(id) => setFilter('courseId', id)} />
        <UnitPicker
          label={t('issuedCertificates.filter.unit')}
          clearable
          value={filters.unitId ?? null}
          selected={unit.data ? { id: unit.data.id, name: unit.data.name } : null}
          onChange={(id) => setFilter('unitId', id ?? '')}
        />
        <TextInput
          type="date"
          label={t('issuedCertificates.filter.issuedFrom')}
          value={values.issuedFrom}
          onChange={(event) => setFilter('issuedFrom', event.currentTarget.value)}
          error={reversed ? t('validation.dateOrder') : undefined}
        />
        <TextInput
          type="date"
          label={t('issuedCertificates.filter.issuedTo')}
          value={values.issuedTo}
          onChange={(event) => setFilter('issuedTo', event.currentTarget.value)}
        />
      </SimpleGrid>
      <ListState
        query={certificates}
        ready={!reversed}
        empty={
          isNarrowed(filters) ? (
            <EmptyList title={t('issuedCertificates.empty')} description={t('common.tryOtherSearch')} />
          ) : (
            <EmptyList title={t('issuedCertificates.none')} />
          )
        }
        onPageChange={setPage}
      >
        {(items) => <CertificateListTable certificates={items} caption={t('issuedCertificates.caption')} />}
      </ListState>
      {canSeeFailedJobs && <StaffFailedJobs />}
    </Stack>
  );
}
