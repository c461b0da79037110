/** The AMIs of a region matching an id or a name pattern (among the configured owners). */
export class FindImagesQuery {
  constructor(
    readonly region: string,
    readonly criteria: { amiId?: string; amiName?: string },
  ) {}
}

export interface FoundImage {
  imageId: string;
  name: string;
  description?: string;
  creationDate?: string;
}
