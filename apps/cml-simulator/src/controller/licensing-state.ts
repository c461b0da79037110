import { randomUUID } from 'node:crypto';

export type RegistrationStatus = 'NOT_REGISTERED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

/** A refused licensing request: CML answers it with this status and description. */
export class LicensingRefusal extends Error {
  constructor(
    readonly status: 400 | 409,
    readonly description: string,
  ) {
    super(description);
  }
}

const DEFAULT_SSMS = 'https://smartreceiver.cisco.com/licservice/license';
const TOKEN_PATTERN = /^[a-zA-Z\d+/%=-]{1,256}$/;
const YEAR_MS = 365 * 24 * 3600_000;
const AUTH_MS = 90 * 24 * 3600_000;

interface TimeInfo {
  succeeded: string | null;
  attempted: string | null;
  scheduled: string | null;
  status: string | null;
  failure: string | null;
  success: string | null;
}

const emptyTime = (): TimeInfo => ({ succeeded: null, attempted: null, scheduled: null, status: null, failure: null, success: null });
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Smart licensing of one controller. Registration completes asynchronously: it stays IN_PROGRESS for
 * `delayMs`, then settles to COMPLETED, or FAILED for a token such as `invalid`. The state is settled
 * lazily whenever it is read, so the simulator needs no timers.
 */
export class LicensingState {
  private status: RegistrationStatus;
  private token: string | null = null;
  private requestedAt = 0;
  private registeredAt: number | null;
  private failure: string | null = null;
  private readonly productUuid = randomUUID();
  private readonly featureSuffix = randomUUID();

  constructor(
    registered: boolean,
    public enterprise: boolean,
    public delayMs: number,
    private readonly now: () => number,
    private readonly onSettled: (status: RegistrationStatus) => void,
  ) {
    this.status = registered ? 'COMPLETED' : 'NOT_REGISTERED';
    this.registeredAt = registered ? now() : null;
  }

  get registration(): RegistrationStatus {
    this.settle();
    return this.status;
  }

  get isLicensed(): boolean {
    return this.registration === 'COMPLETED';
  }

  /** Forces a state without the asynchronous path (seeds and the admin API). */
  force(registered: boolean): void {
    this.status = registered ? 'COMPLETED' : 'NOT_REGISTERED';
    this.registeredAt = registered ? this.now() : null;
    this.failure = null;
  }

  register(token: unknown, reregister: unknown): void {
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) throw new LicensingRefusal(400, 'Bad input: token must be 1-256 characters of letters, digits and +/%=-');
    if (reregister !== undefined && typeof reregister !== 'boolean') throw new LicensingRefusal(400, 'Bad input: reregister must be a boolean');
    const current = this.registration;
    if (current === 'IN_PROGRESS') throw new LicensingRefusal(409, 'Registration is already in progress.');
    if (current === 'COMPLETED' && !reregister) throw new LicensingRefusal(409, 'The product is already registered; use reregister to register again.');
    this.status = 'IN_PROGRESS';
    this.token = token;
    this.requestedAt = this.now();
    this.failure = null;
  }

  /** Returns the HTTP status CML answers: 204 deregistered, or a refusal. */
  deregister(): 204 {
    const current = this.registration;
    if (current === 'NOT_REGISTERED') throw new LicensingRefusal(400, 'The Product has already been deregistered from Smart Software Licensing.');
    if (current === 'IN_PROGRESS') throw new LicensingRefusal(409, 'Deregistration cannot be requested while a registration is in progress.');
    this.status = 'NOT_REGISTERED';
    this.registeredAt = null;
    this.token = null;
    return 204;
  }

  /** `GET /licensing` (`LicensingStatus`). */
  toResponse(hostname: string): Record<string, unknown> {
    const status = this.registration;
    const now = this.now();
    const register = emptyTime();
    if (status === 'COMPLETED' && this.registeredAt !== null) Object.assign(register, { attempted: iso(this.registeredAt), succeeded: iso(this.registeredAt), status: 'SUCCEEDED', success: 'SUCCEEDED' });
    if (status === 'IN_PROGRESS') Object.assign(register, { attempted: iso(this.requestedAt), status: 'IN_PROGRESS' });
    if (status === 'FAILED') Object.assign(register, { attempted: iso(this.requestedAt), status: 'FAILED', success: 'FAILED', failure: this.failure });
    const renew = emptyTime();
    if (status === 'COMPLETED' && this.registeredAt !== null) renew.scheduled = iso(this.registeredAt + 180 * 24 * 3600_000);
    const authorized = status === 'COMPLETED';
    const authRenew = emptyTime();
    if (authorized && this.registeredAt !== null) Object.assign(authRenew, { attempted: iso(this.registeredAt), succeeded: iso(this.registeredAt), scheduled: iso(this.registeredAt + 30 * 24 * 3600_000), status: 'SUCCEEDED', success: 'SUCCEEDED' });
    const product = this.enterprise ? 'CML_Enterprise' : 'CML_Personal';
    const featureStatus = authorized ? 'IN_COMPLIANCE' : 'EVAL';
    return {
      udi: { hostname, product_uuid: this.productUuid },
      registration: {
        status,
        smart_account: authorized ? 'Cisco Modeling Labs Demo' : null,
        virtual_account: authorized ? 'Default' : null,
        register_time: register,
        renew_time: renew,
        expires: authorized && this.registeredAt !== null ? iso(this.registeredAt + YEAR_MS) : null,
      },
      authorization: {
        status: authorized ? 'IN_COMPLIANCE' : 'EVAL',
        renew_time: authRenew,
        expires: authorized && this.registeredAt !== null ? iso(this.registeredAt + AUTH_MS) : iso(now + AUTH_MS),
      },
      reservation_mode: false,
      features: [
        {
          id: `regid.2019-10.com.cisco.${this.enterprise ? 'CML_ENT_BASE' : 'CML_PERSONAL'},1.0_${this.featureSuffix}`,
          name: this.enterprise ? 'CML - Enterprise License' : 'CML - Personal License',
          description: `Cisco Modeling Labs - ${this.enterprise ? 'Enterprise' : 'Personal'}`,
          version: '1.0',
          in_use: 1,
          status: featureStatus,
          min: 1,
          max: 1,
          minEndDate: null,
          maxEndDate: null,
        },
        {
          id: `regid.2019-10.com.cisco.CML_NODE_COUNT,1.0_${this.featureSuffix}`,
          name: 'CML - Expansion Nodes',
          description: 'Cisco Modeling Labs - Expansion Nodes',
          version: '1.0',
          in_use: 0,
          status: featureStatus,
          min: 0,
          max: 300,
          minEndDate: null,
          maxEndDate: null,
        },
      ],
      product_license: { active: product, is_enterprise: this.enterprise },
      transport: { proxy: { server: null, port: null }, ssms: DEFAULT_SSMS, default_ssms: DEFAULT_SSMS },
    };
  }

  private settle(): void {
    if (this.status !== 'IN_PROGRESS' || this.now() - this.requestedAt < this.delayMs) return;
    const token = this.token ?? '';
    if (/^(invalid|bad)/i.test(token)) {
      this.status = 'FAILED';
      this.failure = `The registration token '${token}' is not valid.`;
    } else {
      this.status = 'COMPLETED';
      this.registeredAt = this.requestedAt + this.delayMs;
    }
    this.onSettled(this.status);
  }
}
