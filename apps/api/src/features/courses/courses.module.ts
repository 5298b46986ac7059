import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { UploadsModule } from '../uploads/uploads.module';
import { CoursesController } from './courses.controller';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';

@Module({
  imports: [OrganisationModule, UploadsModule],
  controllers: [CoursesController],
  providers: [CoursesRepository, CoursesService],
  exports: [CoursesRepository],
})
export class CoursesModule {}
