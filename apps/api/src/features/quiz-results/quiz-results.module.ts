import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { QuizResultsController } from './quiz-results.controller';
import { QuizResultsRepository } from './quiz-results.repository';
import { QuizResultsService } from './quiz-results.service';

@Module({
  imports: [LearningModule],
  controllers: [QuizResultsController],
  providers: [QuizResultsRepository, QuizResultsService],
})
export class QuizResultsModule {}
