import { errorCatalogue } from '#kernel';

/** Which AWS call failed and what AWS called the failure (e.g. `InvalidInstanceID.NotFound`). */
export interface AwsFailure {
  /** The API operation, e.g. `StartInstances`. */
  operation: string;
  region: string;
  /** AWS's error code; for failures without an AWS answer, the network code or `Http<status>`. */
  awsCode: string;
}

const facts = (f: AwsFailure) => ({ awsCode: f.awsCode, operation: f.operation, region: f.region });
const listed = (ids: string[]) => (ids.length > 0 ? ids.join(', ') : '(unknown id)');

/**
 * Codes of the EC2 and CloudWatch ports: how an AWS call failed, whatever the SDK threw. Every one
 * carries `details.awsCode`, `operation` and `region` when AWS was asked.
 */
export const AwsErrors = errorCatalogue({
  instanceNotFound: {
    code: 'AWS.INSTANCE_NOT_FOUND',
    kind: 'not-found',
    meaning: 'EC2 has no such instance (any more) in the region; `details.instanceIds` names them.',
    build: (f: AwsFailure, instanceIds: string[]) => ({
      message: `${instanceIds.length === 1 ? `EC2 instance ${listed(instanceIds)} was` : `EC2 instances ${listed(instanceIds)} were`} not found in ${f.region}.`,
      details: { ...facts(f), instanceIds },
    }),
  },
  imageNotFound: {
    code: 'AWS.IMAGE_NOT_FOUND',
    kind: 'not-found',
    meaning: 'EC2 has no such AMI in the region; `details.imageIds` names them.',
    build: (f: AwsFailure, imageIds: string[]) => ({
      message: `${imageIds.length === 1 ? `AMI ${listed(imageIds)} was` : `AMIs ${listed(imageIds)} were`} not found in ${f.region}.`,
      details: { ...facts(f), imageIds },
    }),
  },
  permissionDenied: {
    code: 'AWS.PERMISSION_DENIED',
    kind: 'upstream',
    meaning: 'AWS refused the service\'s credentials, or its policy lacks the permission the message names (deploy/iam-policy.json has every one).',
    build: (f: AwsFailure, iamAction: string, how: { denied: true; alsoNeeded?: string } | { credentialsRejected: true }) => ({
      message:
        'denied' in how
          ? `AWS denied ${iamAction}${how.alsoNeeded ? ` (and ${how.alsoNeeded} to tag at launch)` : ''} in ${f.region}: grant this permission to the credentials or role the service uses.`
          : `AWS rejected the credentials used for ${iamAction} in ${f.region} (${f.awsCode}): check the credentials or role the service uses.`,
      details: facts(f),
    }),
  },
  invalidRequest: {
    code: 'AWS.INVALID_REQUEST',
    kind: 'invalid',
    meaning: 'AWS refused the request as malformed (or it would have: too many filter values, bad metric queries); the message quotes why.',
    build: (f: AwsFailure, problem: string) => ({ message: problem, details: facts(f) }),
  },
  throttled: {
    code: 'AWS.THROTTLED',
    kind: 'unavailable',
    meaning: 'AWS throttled the call after the SDK\'s retries; try again shortly.',
    build: (f: AwsFailure, service: string, attempts?: number) => ({
      message: `${service} throttled ${f.operation} in ${f.region}${attempts ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'}` : ''}; try again shortly.`,
      details: facts(f),
    }),
  },
  error: {
    code: 'AWS.ERROR',
    kind: 'upstream',
    meaning: 'An AWS call failed otherwise (a 5xx, a network failure, an answer that makes no sense); the message quotes AWS.',
    build: (problem: string, f?: AwsFailure) => ({ message: problem, ...(f ? { details: facts(f) } : {}) }),
  },
});
