import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../http/app-error';

/**
 * Requests per client address per minute, counted in Redis so every API replica shares one budget; past it,
 * a 429 with Retry-After. Each use names its own key prefix and what is being counted.
 */
export class PerAddressLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(
    redis: Redis,
    keyPrefix: string,
    perMinute: number,
    private readonly what: string,
  ) {
    this.limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix, points: perMinute, duration: 60 });
  }

  async consume(ip: string): Promise<void> {
    try {
      await this.limiter.consume(ip);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', `Too many ${this.what}; try again in ${seconds} s`, undefined, {
        'retry-after': String(seconds),
      });
    }
  }
}
