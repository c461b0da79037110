import { DomainError } from '#kernel';

/** A 401 that tells bearer clients why (RFC 6750 `WWW-Authenticate`). */
export class AuthenticationRequired extends DomainError {
  readonly headers: Record<string, string>;

  constructor(message: string, bearerError?: 'invalid_token' | 'invalid_request') {
    super('AUTH.UNAUTHENTICATED', 'unauthenticated', message);
    const params = [`realm="cml-cloud-manager"`];
    if (bearerError) params.push(`error="${bearerError}"`, `error_description="${message.replace(/["\\]/g, '')}"`);
    this.headers = { 'WWW-Authenticate': `Bearer ${params.join(', ')}` };
  }
}
