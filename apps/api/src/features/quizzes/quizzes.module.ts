import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { QuizSettingsRepository } from './quiz-settings.repository';
import { QuizSettingsService } from './quiz-settings.service';
import { QuizzesController } from './quizzes.controller';
import { QuizzesRepository } from './quizzes.repository';
import { QuizzesService } from './quizzes.service';

@Module({
  imports: [CoursesModule],
  controllers: [QuizzesController],
  providers: [QuizSettingsRepository, QuizSettingsService, QuizzesRepository, QuizzesService],
  exports: [QuizzesRepository, QuizSettingsService],
})
export class QuizzesModule {}
