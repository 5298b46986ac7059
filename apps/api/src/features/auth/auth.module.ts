import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionAuthenticator } from './session-authenticator';
import { SessionsRepository } from './sessions.repository';
import { SignInRateLimiter } from './sign-in-rate-limiter';

@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: [
    SessionsRepository,
    SessionAuthenticator,
    AuthService,
    SignInRateLimiter,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsRepository, SessionAuthenticator],
})
export class AuthModule {}
