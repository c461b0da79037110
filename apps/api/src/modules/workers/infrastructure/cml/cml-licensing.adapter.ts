import { Injectable } from '@nestjs/common';
import { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import { CmlLicensingPort } from '../../application/ports/cml-licensing.port.js';
import type { CmlTarget } from '../../application/ports/cml-controller.port.js';

@Injectable()
export class CmlLicensingAdapter extends CmlLicensingPort {
  constructor(private readonly connector: CmlConnector) {
    super();
  }

  register(target: CmlTarget, token: string, reregister: boolean): Promise<void> {
    return this.connector.clientFor(target).registerLicense(token, { reregister });
  }

  async registrationStatus(target: CmlTarget): Promise<{ status?: string; failure?: string }> {
    const licensing = await this.connector.clientFor(target).licensing();
    const registration = licensing.registration as { status?: string; register?: { failure?: unknown } } | undefined;
    const failure = registration?.register?.failure;
    return { status: registration?.status, failure: typeof failure === 'string' ? failure : undefined };
  }

  deregister(target: CmlTarget): Promise<'deregistered' | 'local-only' | 'already-deregistered'> {
    return this.connector.clientFor(target).deregisterLicense();
  }
}
