import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { REDIS } from '../../core/redis/redis.module';
import { PerAddressLimiter } from '../../core/security/per-address-limiter';

/** Sign-in attempts per client address per minute. */
@Injectable()
export class SignInRateLimiter extends PerAddressLimiter {
  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    super(redis, `${config.redisPrefix}:rl:sign-in`, config.signInRatePerMinute, 'sign-in attempts');
  }
}
