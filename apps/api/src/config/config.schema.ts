import { z } from 'zod';

/**
 * Every environment variable the API reads, with its default and meaning.
 * `docs/configuration.md` is generated from this list (`npm run docs:config`) and a test
 * keeps the two in step.
 */
export interface VariableSpec {
  schema: z.ZodType;
  /** Applied when the variable is unset or empty. No default means required (unless optional). */
  default?: string;
  optional?: boolean;
  description: string;
  /** Never printed (not even in config errors). */
  secret?: boolean;
  group: string;
}

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes'].includes(v));

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const regions = list.refine((rs) => rs.length > 0 && rs.every((r) => AWS_REGION.test(r)), 'must be a comma-separated list of AWS regions such as us-east-1,eu-west-1');

export const VARIABLES = {
  // --- server
  NODE_ENV: { group: 'Server', schema: z.enum(['development', 'test', 'production']), default: 'development', description: 'Runtime mode. `production` turns on secure cookies and refuses the embedded identity provider unless explicitly enabled.' },
  HOST: { group: 'Server', schema: z.string().min(1), default: '127.0.0.1', description: 'Interface the HTTP server binds to (`0.0.0.0` in containers).' },
  PORT: { group: 'Server', schema: int(1, 65535), default: '8030', description: 'HTTP port of the API and the web console.' },
  PUBLIC_URL: { group: 'Server', schema: url(['http:', 'https:']), optional: true, description: 'The URL users reach the app at (used for sign-in redirects). Default: `http://127.0.0.1:<PORT>`.' },
  TRUST_PROXY: { group: 'Server', schema: bool, default: 'false', description: 'Trust `X-Forwarded-*` headers from a reverse proxy (needed for secure cookies behind TLS termination).' },
  LOG_LEVEL: { group: 'Server', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), default: 'info', description: 'Minimum level of the JSON logs written to stdout.' },
  WEB_DIST_DIR: { group: 'Server', schema: z.string().min(1), optional: true, description: 'Directory of the built web console served at `/`. Default: `web/dist` of the repository.' },
  SHUTDOWN_TIMEOUT_MS: { group: 'Server', schema: int(0, 120000), default: '10000', description: 'On SIGTERM, how long in milliseconds in-flight requests may take before connections are closed.' },

  // --- data
  MONGODB_URI: { group: 'Data', schema: url(['mongodb:', 'mongodb+srv:']), description: 'MongoDB connection string including the database name, e.g. `mongodb://127.0.0.1:27027/cml_cloud_manager`.', secret: true },
  REDIS_URL: { group: 'Data', schema: url(['redis:', 'rediss:']), optional: true, description: 'Redis connection string. Unset: the app runs as a single instance with in-process sessions, fan-out and job leases.', secret: true },
} satisfies Record<string, VariableSpec>;

export type VariableName = keyof typeof VARIABLES;
export { bool, int, url, list, regions };
