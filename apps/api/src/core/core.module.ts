import { Module, type DynamicModule } from '@nestjs/common';
import { AuditWriterModule } from './audit/audit-writer.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';
import { SecurityModule } from './security/security.module';

/** Infrastructure shared by the API and the worker. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        QueueModule,
        SecurityModule,
        AuditWriterModule,
      ],
    };
  }
}
