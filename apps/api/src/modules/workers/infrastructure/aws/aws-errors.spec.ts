import { CloudWatchServiceException } from '@aws-sdk/client-cloudwatch';
import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { DomainError, type ErrorKind } from '#kernel';
import { WorkerErrors } from '../../domain/worker.errors.js';
import { awsErrorCode, sanitizeAwsMessage, toDomainError, type AwsCallContext } from './aws-errors.js';

function ec2Error(name: string, message: string, attempts = 1): EC2ServiceException {
  return new EC2ServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: 400, attempts } });
}

const startCtx: AwsCallContext = { service: 'ec2', operation: 'StartInstances', region: 'eu-north-1', instanceIds: ['i-0aaa', 'i-0bbb'] };

describe('toDomainError', () => {
  it.each<[string, string, ErrorKind]>([
    ['InvalidInstanceID.NotFound', 'AWS.INSTANCE_NOT_FOUND', 'not-found'],
    ['InvalidInstanceID.Malformed', 'AWS.INSTANCE_NOT_FOUND', 'not-found'],
    ['InvalidInstanceID', 'AWS.INSTANCE_NOT_FOUND', 'not-found'],
    ['InvalidAMIID.NotFound', 'AWS.IMAGE_NOT_FOUND', 'not-found'],
    ['InvalidAMIID.Malformed', 'AWS.IMAGE_NOT_FOUND', 'not-found'],
    ['InvalidAMIID.Unavailable', 'AWS.IMAGE_NOT_FOUND', 'not-found'],
    ['UnauthorizedOperation', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['AccessDenied', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['AccessDeniedException', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['AuthFailure', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['InvalidClientTokenId', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['UnrecognizedClientException', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['SignatureDoesNotMatch', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['ExpiredToken', 'AWS.PERMISSION_DENIED', 'upstream'],
    ['InvalidParameterValue', 'AWS.INVALID_REQUEST', 'invalid'],
    ['InvalidParameterCombination', 'AWS.INVALID_REQUEST', 'invalid'],
    ['MissingParameter', 'AWS.INVALID_REQUEST', 'invalid'],
    ['InvalidParameter', 'AWS.INVALID_REQUEST', 'invalid'],
    ['ValidationError', 'AWS.INVALID_REQUEST', 'invalid'],
    ['RequestLimitExceeded', 'AWS.THROTTLED', 'unavailable'],
    ['Throttling', 'AWS.THROTTLED', 'unavailable'],
    ['ThrottlingException', 'AWS.THROTTLED', 'unavailable'],
    ['TooManyRequestsException', 'AWS.THROTTLED', 'unavailable'],
    ['InsufficientInstanceCapacity', 'AWS.ERROR', 'upstream'],
    ['IncorrectInstanceState', 'AWS.ERROR', 'upstream'],
    ['InternalError', 'AWS.ERROR', 'upstream'],
  ])('maps %s to %s (%s) with the AWS code, operation and region in details', (awsCode, code, kind) => {
    const err = toDomainError(ec2Error(awsCode, 'Something happened.'), startCtx);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe(code);
    expect(err.kind).toBe(kind);
    expect(err.details).toMatchObject({ awsCode, operation: 'StartInstances', region: 'eu-north-1' });
  });

  it('names the unknown instance id from the AWS message, not the whole batch', () => {
    const err = toDomainError(ec2Error('InvalidInstanceID.NotFound', "The instance ID 'i-0bbb' does not exist"), startCtx);
    expect(err.message).toBe('EC2 instance i-0bbb was not found in eu-north-1.');
    expect(err.details).toMatchObject({ instanceIds: ['i-0bbb'] });
  });

  it('names every unknown instance id AWS lists', () => {
    const err = toDomainError(ec2Error('InvalidInstanceID.NotFound', "The instance IDs 'i-0aaa, i-0bbb' do not exist"), startCtx);
    expect(err.message).toBe('EC2 instances i-0aaa, i-0bbb were not found in eu-north-1.');
  });

  it('falls back to the requested ids when the message names none', () => {
    const err = toDomainError(ec2Error('InvalidInstanceID.Malformed', 'Invalid id'), { ...startCtx, instanceIds: ['nonsense'] });
    expect(err.message).toContain('nonsense');
  });

  it('names the unknown AMI', () => {
    const err = toDomainError(ec2Error('InvalidAMIID.NotFound', "The image id '[ami-0123abcd]' does not exist"), {
      service: 'ec2',
      operation: 'RunInstances',
      region: 'us-east-1',
      imageIds: ['ami-0123abcd'],
    });
    expect(err.message).toBe('AMI ami-0123abcd was not found in us-east-1.');
  });

  it.each([
    ['ec2', 'StartInstances', 'ec2:StartInstances'],
    ['ec2', 'DescribeInstances', 'ec2:DescribeInstances'],
    ['cloudwatch', 'GetMetricData', 'cloudwatch:GetMetricData'],
  ] as const)('names the missing permission of %s %s as %s', (service, operation, permission) => {
    const err = toDomainError(ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.'), { service, operation, region: 'us-east-1' });
    expect(err.message).toContain(permission);
  });

  it('never passes on the encoded authorization message or an access key id', () => {
    const message =
      'You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/ccm with key AKIAIOSFODNN7EXAMPLE. Encoded authorization failure message: 4xE8bWmiIGV0VbN6Q';
    for (const code of ['UnauthorizedOperation', 'AuthFailure', 'SomethingElse']) {
      const err = toDomainError(ec2Error(code, message), startCtx);
      expect(err.message).not.toContain('4xE8bWmiIGV0VbN6Q');
      expect(err.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
      expect(JSON.stringify(err.details)).not.toContain('AKIA');
    }
  });

  it('mentions ec2:CreateTags when RunInstances is denied (tagging at launch needs it too)', () => {
    const err = toDomainError(ec2Error('UnauthorizedOperation', 'no'), { service: 'ec2', operation: 'RunInstances', region: 'us-east-1' });
    expect(err.message).toContain('ec2:RunInstances');
    expect(err.message).toContain('ec2:CreateTags');
  });

  it('says how many attempts a throttled call made', () => {
    const err = toDomainError(ec2Error('RequestLimitExceeded', 'Request limit exceeded.', 5), startCtx);
    expect(err.message).toBe('EC2 throttled StartInstances in eu-north-1 after 5 attempts; try again shortly.');
  });

  it('treats an error the SDK marks as throttling as throttled whatever its code', () => {
    const err = Object.assign(ec2Error('SomeNewThrottle', 'slow down'), { $retryable: { throttling: true } });
    expect(toDomainError(err, startCtx).code).toBe('AWS.THROTTLED');
  });

  it('puts the AWS code and message into the text of other errors', () => {
    const err = toDomainError(ec2Error('InsufficientInstanceCapacity', 'We currently do not have sufficient m5zn.metal capacity.'), {
      service: 'ec2',
      operation: 'RunInstances',
      region: 'us-east-1',
    });
    expect(err.message).toBe('EC2 RunInstances failed in us-east-1 (HTTP 400): InsufficientInstanceCapacity: We currently do not have sufficient m5zn.metal capacity.');
  });

  it('maps CloudWatch exceptions the same way', () => {
    const cw = new CloudWatchServiceException({ name: 'InvalidParameterValue', message: 'bad period', $fault: 'client', $metadata: {} });
    const err = toDomainError(cw, { service: 'cloudwatch', operation: 'GetMetricData', region: 'us-east-1' });
    expect(err.code).toBe('AWS.INVALID_REQUEST');
    expect(err.message).toBe('CloudWatch refused GetMetricData in us-east-1: bad period');
  });

  it('maps a network failure to AWS.ERROR naming the network error', () => {
    const err = toDomainError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), startCtx);
    expect(err).toMatchObject({ code: 'AWS.ERROR', kind: 'upstream', details: { awsCode: 'ECONNREFUSED' } });
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('passes a DomainError through unchanged', () => {
    const original = WorkerErrors.regionNotManaged('ap-south-1', ['us-east-1']);
    expect(toDomainError(original, startCtx)).toBe(original);
  });
});

describe('awsErrorCode', () => {
  it.each([
    [ec2Error('InvalidInstanceID.NotFound', 'x'), 'InvalidInstanceID.NotFound'],
    [Object.assign(new Error('x'), { Code: 'RequestLimitExceeded' }), 'RequestLimitExceeded'],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'ECONNRESET'],
    [Object.assign(new Error('XML parse error'), { $metadata: { httpStatusCode: 500 } }), 'Http500'],
    ['a string', 'Unknown'],
  ])('reads the code of %p as %s', (err, code) => {
    expect(awsErrorCode(err)).toBe(code);
  });
});

describe('sanitizeAwsMessage', () => {
  it('keeps the first line only', () => {
    expect(sanitizeAwsMessage('first line\nsecond line with a stack')).toBe('first line');
  });
});
