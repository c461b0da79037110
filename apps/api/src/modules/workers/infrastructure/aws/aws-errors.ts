import { DomainError } from '#kernel';

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

function listed(ids: string[]): string {
  return ids.length > 0 ? ids.join(', ') : '(unknown id)';
}

/** Turns whatever an AWS SDK call threw into a DomainError with a stable `AWS.*` code. */
export function toDomainError(err: unknown, ctx: AwsCallContext): DomainError {
  if (err instanceof DomainError) return err;
  const e = shape(err);
  const awsCode = awsErrorCode(err);
  const rawMessage = typeof e.message === 'string' ? e.message : String(err);
  const details = { awsCode, operation: ctx.operation, region: ctx.region };
  const service = SERVICE_NAMES[ctx.service];

  if (awsCode === 'InvalidInstanceID' || awsCode.startsWith('InvalidInstanceID.')) {
    const ids = idsIn(rawMessage, /\bi-[0-9a-zA-Z]+/g, ctx.instanceIds);
    const noun = ids.length === 1 ? `EC2 instance ${listed(ids)} was` : `EC2 instances ${listed(ids)} were`;
    return DomainError.notFound('AWS.INSTANCE_NOT_FOUND', `${noun} not found in ${ctx.region}.`, { ...details, instanceIds: ids });
  }
  if (awsCode === 'InvalidAMIID' || awsCode.startsWith('InvalidAMIID.')) {
    const ids = idsIn(rawMessage, /\bami-[0-9a-zA-Z]+/g, ctx.imageIds);
    const noun = ids.length === 1 ? `AMI ${listed(ids)} was` : `AMIs ${listed(ids)} were`;
    return DomainError.notFound('AWS.IMAGE_NOT_FOUND', `${noun} not found in ${ctx.region}.`, { ...details, imageIds: ids });
  }

  const action = iamAction(ctx.service, ctx.operation);
  // Launching with TagSpecifications is authorised separately; name both so one fix is enough.
  const alsoNeeded = ctx.operation === 'RunInstances' ? ` (and ${iamAction('ec2', 'CreateTags')} to tag at launch)` : '';
  if (awsCode === 'UnauthorizedOperation' || awsCode.startsWith('AccessDenied')) {
    return new DomainError(
      'AWS.PERMISSION_DENIED',
      'upstream',
      `AWS denied ${action}${alsoNeeded} in ${ctx.region}: grant this permission to the credentials or role the service uses.`,
      details,
    );
  }
  if (CREDENTIAL_CODES.has(awsCode)) {
    return new DomainError(
      'AWS.PERMISSION_DENIED',
      'upstream',
      `AWS rejected the credentials used for ${action} in ${ctx.region} (${awsCode}): check the credentials or role the service uses.`,
      details,
    );
  }
  if (INVALID_CODES.has(awsCode)) {
    return DomainError.invalid('AWS.INVALID_REQUEST', `${service} refused ${ctx.operation} in ${ctx.region}: ${sanitizeAwsMessage(rawMessage)}`, details);
  }
  if (THROTTLING_CODES.has(awsCode) || e.$retryable?.throttling === true) {
    const attempts = e.$metadata?.attempts;
    const tried = attempts ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'}` : '';
    return new DomainError('AWS.THROTTLED', 'unavailable', `${service} throttled ${ctx.operation} in ${ctx.region}${tried}; try again shortly.`, details);
  }
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  return new DomainError('AWS.ERROR', 'upstream', `${service} ${ctx.operation} failed in ${ctx.region}${status}: ${awsCode}: ${sanitizeAwsMessage(rawMessage)}`, details);
}

/** The error for a region this deployment does not manage. */
export function regionNotManaged(region: string, managed: readonly string[]): DomainError {
  return DomainError.invalid('AWS.REGION_NOT_MANAGED', `Region ${region} is not managed by this deployment; managed regions: ${managed.join(', ')}.`, {
    region,
    managedRegions: [...managed],
  });
}
