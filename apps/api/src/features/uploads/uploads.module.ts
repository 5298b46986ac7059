import { Module } from '@nestjs/common';
import { UploadStorage } from './upload-storage';
import { UploadsController } from './uploads.controller';
import { UploadsRepository } from './uploads.repository';
import { UploadsService } from './uploads.service';

@Module({
  controllers: [UploadsController],
  providers: [UploadStorage, UploadsRepository, UploadsService],
  exports: [UploadsRepository],
})
export class UploadsModule {}
