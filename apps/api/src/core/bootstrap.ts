import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { preflight } from './database/preflight';

/** Config and service checks shared by every entry point; a problem ends the process with a readable line, not a stack. */
export async function bootstrap(options: { createsDatabase?: boolean } = {}): Promise<AppConfig> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exit(error.message);
    throw error;
  }
  const problems = await preflight(config.databaseUrl, config.redisUrl, !options.createsDatabase);
  if (problems.length > 0) exit(problems.join('\n'));
  return config;
}

function exit(message: string): never {
  process.stderr.write(`sen: ${message}\n`);
  process.exit(1);
}
