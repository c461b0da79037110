import { Injectable } from '@nestjs/common';
import { ActionLinkPort } from '../application/ports/action-link.port.js';

/** No one-click links until the action-links module's adapter is bound in its place. */
@Injectable()
export class NoActionLinks extends ActionLinkPort {
  linksFor(): Promise<{ label: string; url: string }[]> {
    return Promise.resolve([]);
  }
}
