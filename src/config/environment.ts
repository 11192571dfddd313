import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { booleanFromText } from '../agent-tools/common/boolean-query.js';
import { GENESYS_REGION_HOSTS } from '../genesys/genesys-regions.js';

const toInteger = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  );

const toBoolean = () => Transform(({ value }: { value: unknown }) => booleanFromText(value));

/** The service's environment; see the README's configuration table. */
export class Environment {
  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(65_535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsIn(['fastify', 'express'])
  HTTP_ADAPTER: 'fastify' | 'express' = 'fastify';

  @IsOptional()
  @IsIn(GENESYS_REGION_HOSTS)
  GENESYS_REGION = 'mypurecloud.com';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  GENESYS_API_BASE_URL?: string = undefined;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['redis', 'rediss'] })
  REDIS_URL?: string = undefined;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  @IsOptional()
  @toBoolean()
  @IsBoolean()
  RATE_LIMIT_FAIL_OPEN = true;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(1)
  @Max(300_000)
  UPSTREAM_TIMEOUT_MS = 10_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(600_000)
  RETRY_BUDGET_MS = 15_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(1)
  @Max(20)
  RETRY_MAX_ATTEMPTS = 4;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  ITEM_CAP = 10_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(1)
  @Max(64)
  PAGE_CONCURRENCY = 8;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  IDENTITY_CACHE_TTL_MS = 60_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  CACHE_TTL_QUEUE_MEMBERS_MS = 15_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  CACHE_TTL_DIVISION_USERS_MS = 30_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  CACHE_TTL_CONVERSATION_SUMMARY_MS = 30_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  CACHE_TTL_AGENT_DATA_MS = 10_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  CACHE_TTL_ACCESS_PROOF_MS = 60_000;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  CACHE_MAX_ENTRIES = 50_000;

  @IsOptional()
  @toBoolean()
  @IsBoolean()
  WIDGET_ENABLED = false;

  @IsOptional()
  @Matches(/^(\/[\w~-][\w.~-]*)+$/, { message: 'WIDGET_PATH must be a URL path such as /widget (no trailing slash)' })
  WIDGET_PATH = '/widget';

  @ValidateIf((env: Environment) => env.WIDGET_ENABLED || env.WIDGET_OAUTH_CLIENT_ID !== '')
  @Matches(/^\S+$/, { message: 'WIDGET_OAUTH_CLIENT_ID (the OAuth client id) is required when WIDGET_ENABLED=true' })
  WIDGET_OAUTH_CLIENT_ID = '';

  /** Default: `https://login.<GENESYS_REGION>`. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  WIDGET_LOGIN_BASE_URL?: string = undefined;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @toBoolean()
  @IsBoolean()
  LOG_PRETTY = false;

  /** Browser origins allowed besides the region's Genesys Cloud apps origin, comma-separated. */
  @ValidateIf((env: Environment) => env.CORS_ORIGINS !== '')
  @Matches(/^(https?:\/\/[^\s,/]+)(,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS = '';

  @IsOptional()
  @toBoolean()
  @IsBoolean()
  DOCS_ENABLED = true;

  @IsOptional()
  @toInteger()
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;
}

/** Reads and checks the environment; a bad value throws an error naming the variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // Every variable is a field with an initializer, so the instance's keys are the variables we own.
  const known = new Set(Object.keys(new Environment()));
  const present = Object.fromEntries(Object.entries(raw).filter(([key, value]) => known.has(key) && value !== ''));
  const environment = plainToInstance(Environment, present);
  const errors = validateSync(environment, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return environment;
}
