// Turns the API's OpenAPI document into web/src/lib/api-types.ts. Shared by `npm run gen:api-types`
// and by the API spec that fails when the committed file no longer matches the API.
import openapiTS, { astToString } from 'openapi-typescript';

export const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run gen:web-types\`; do not edit.
 * A unit spec (apps/api/src/tools/web-api-types.spec.ts) fails when this file is stale.
 */

`;

/** The TypeScript source of the request and response types of `document`. */
export async function renderApiTypes(document) {
  // A deep copy: openapi-typescript resolves references in place.
  const ast = await openapiTS(structuredClone(document), { alphabetize: true, exportType: false, rootTypes: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}
