import { Module } from '@nestjs/common';
import { QuizzesController } from './quizzes.controller';
import { QuizzesRepository } from './quizzes.repository';
import { QuizzesService } from './quizzes.service';

@Module({
  controllers: [QuizzesController],
  providers: [QuizzesRepository, QuizzesService],
})
export class QuizzesModule {}
