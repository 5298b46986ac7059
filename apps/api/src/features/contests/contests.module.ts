import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { ContestsController } from './contests.controller';
import { ContestsRepository } from './contests.repository';
import { ContestsService } from './contests.service';
import { LeaderboardRepository } from './leaderboard.repository';

@Module({
  imports: [QuizzesModule, AttemptsModule],
  controllers: [ContestsController],
  providers: [ContestsRepository, LeaderboardRepository, ContestsService],
})
export class ContestsModule {}
