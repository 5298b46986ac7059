import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Module({ imports: [OrganisationModule], controllers: [AuditController], providers: [AuditRepository, AuditService] })
export class AuditModule {}
