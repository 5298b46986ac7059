import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { AttemptsController } from './attempts.controller';
import { AttemptsRepository } from './attempts.repository';
import { AttemptsService } from './attempts.service';

@Module({
  imports: [LearningModule, QuizzesModule],
  controllers: [AttemptsController],
  providers: [AttemptsRepository, AttemptsService],
  exports: [AttemptsRepository, AttemptsService],
})
export class AttemptsModule {}
