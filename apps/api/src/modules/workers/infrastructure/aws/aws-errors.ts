import { DomainError } from '#kernel';
import { AwsErrors } from '../../application/ports/aws.errors.js';

export type AwsService = 'ec2' | 'cloudwatch';

/** What an AWS call was about: enough to name the operation, region and ids in an error. */
export interface AwsCallContext {
  service: AwsService;
  /** The API operation, e.g. `StartInstances`. */
  operation: string;
  region: string;
  /** Instance ids the call was about, named by a not-found error when AWS's message does not. */
  instanceIds?: string[];
  /** AMI ids the call was about, named by a not-found error when AWS's message does not. */
  imageIds?: string[];
}

const SERVICE_NAMES: Record<AwsService, string> = { ec2: 'EC2', cloudwatch: 'CloudWatch' };

// The codes the SDK's own retry classification treats as throttling; kept here rather than
// importing @smithy internals, which are not a dependency of this project.
const THROTTLING_CODES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
]);

// AWS says "not allowed" (UnauthorizedOperation, AccessDenied*) or "who are you" (AuthFailure and
// the equivalents of CloudWatch and STS). Either way the fix is on the credentials or the policy.
const CREDENTIAL_CODES = new Set(['AuthFailure', 'InvalidClientTokenId', 'UnrecognizedClientException', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException']);

const INVALID_CODES = new Set([
  'InvalidParameterValue',
  'InvalidParameterCombination',
  'MissingParameter',
  'InvalidParameter',
  // CloudWatch's generic refusal of a malformed request.
  'ValidationError',
]);

interface SdkErrorShape {
  name?: unknown;
  Code?: unknown;
  code?: unknown;
  message?: unknown;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

function shape(err: unknown): SdkErrorShape {
  return typeof err === 'object' && err !== null ? (err as SdkErrorShape) : {};
}

/**
 * The AWS error code of a failed call (`InvalidInstanceID.NotFound`); for failures that never got an
 * AWS answer, the network error code (`ECONNREFUSED`) or `Http<status>`.
 */
export function awsErrorCode(err: unknown): string {
  const e = shape(err);
  if (typeof e.Code === 'string' && e.Code) return e.Code;
  if (typeof e.name === 'string' && e.name && e.name !== 'Error') return e.name;
  if (typeof e.code === 'string' && e.code) return e.code;
  if (e.$metadata?.httpStatusCode) return `Http${e.$metadata.httpStatusCode}`;
  return 'Unknown';
}

/** The IAM action a call needs, e.g. `ec2:StartInstances`. */
export function iamAction(service: AwsService, operation: string): string {
  return `${service}:${operation}`;
}

/**
 * AWS messages can carry an encoded authorization message (which reveals policy details) and, for
 * signature errors, parts of the request; keep only the first line and strip what looks secret.
 */
export function sanitizeAwsMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? '';
  return firstLine
    .replace(/Encoded authorization failure message:.*$/i, '')
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '[redacted]')
    .trim()
    .slice(0, 500);
}

// AWS names the offending ids in its message ("The instance ID 'i-0abc' does not exist"); prefer
// those over the whole request, so a batch of 1000 ids yields the one that is missing.
function idsIn(message: string, pattern: RegExp, requested: string[] | undefined): string[] {
  const words = new Set(message.split(/[^A-Za-z0-9_-]+/));
  const named = (requested ?? []).filter((id) => words.has(id));
  if (named.length > 0) return named;
  const mentioned = [...new Set(message.match(pattern) ?? [])];
  if (mentioned.length > 0) return mentioned;
  return requested ?? [];
}

/** Turns whatever an AWS SDK call threw into a DomainError with a stable `AWS.*` code. */
export function toDomainError(err: unknown, ctx: AwsCallContext): DomainError {
  if (err instanceof DomainError) return err;
  const e = shape(err);
  const awsCode = awsErrorCode(err);
  const rawMessage = typeof e.message === 'string' ? e.message : String(err);
  const failure = { awsCode, operation: ctx.operation, region: ctx.region };
  const service = SERVICE_NAMES[ctx.service];

  if (awsCode === 'InvalidInstanceID' || awsCode.startsWith('InvalidInstanceID.')) {
    return AwsErrors.instanceNotFound(failure, idsIn(rawMessage, /\bi-[0-9a-zA-Z]+/g, ctx.instanceIds));
  }
  if (awsCode === 'InvalidAMIID' || awsCode.startsWith('InvalidAMIID.')) {
    return AwsErrors.imageNotFound(failure, idsIn(rawMessage, /\bami-[0-9a-zA-Z]+/g, ctx.imageIds));
  }

  const action = iamAction(ctx.service, ctx.operation);
  if (awsCode === 'UnauthorizedOperation' || awsCode.startsWith('AccessDenied')) {
    // Launching with TagSpecifications is authorised separately; name both so one fix is enough.
    return AwsErrors.permissionDenied(failure, action, { denied: true, alsoNeeded: ctx.operation === 'RunInstances' ? iamAction('ec2', 'CreateTags') : undefined });
  }
  if (CREDENTIAL_CODES.has(awsCode)) return AwsErrors.permissionDenied(failure, action, { credentialsRejected: true });
  if (INVALID_CODES.has(awsCode)) return AwsErrors.invalidRequest(failure, `${service} refused ${ctx.operation} in ${ctx.region}: ${sanitizeAwsMessage(rawMessage)}`);
  if (THROTTLING_CODES.has(awsCode) || e.$retryable?.throttling === true) return AwsErrors.throttled(failure, service, e.$metadata?.attempts);
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  return AwsErrors.error(`${service} ${ctx.operation} failed in ${ctx.region}${status}: ${awsCode}: ${sanitizeAwsMessage(rawMessage)}`, failure);
}
