import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI document of the service, with the bearer scheme the agent routes require. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Genesys Agent Tools')
    .setDescription(
      "Genesys Cloud data for agent-desktop plugins, fetched with the calling agent's own token. " +
        'Errors are `{ statusCode, error, message, correlationId, upstream?, details? }`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: "The agent's Genesys Cloud access token" })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** `/docs` (UI) and `/docs-json` (the document). */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
