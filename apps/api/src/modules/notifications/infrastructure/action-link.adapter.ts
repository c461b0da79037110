import { Injectable } from '@nestjs/common';
import { ActionLinkService } from '../../action-links/action-links.public.js';
import { type ActionLinkRequest, ActionLinkPort } from '../application/ports/action-link.port.js';

/** One-click links made by the action-links module (signed, single-use, expiring: ADR 0037). */
@Injectable()
export class SignedActionLinks extends ActionLinkPort {
  constructor(private readonly links: ActionLinkService) {
    super();
  }

  linksFor(input: ActionLinkRequest): Promise<{ label: string; url: string }[]> {
    return this.links.linksFor(input);
  }
}
