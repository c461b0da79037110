import {
  BadRequestException,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppConfig } from '../../../../config/app-config.js';
import { LabErrors } from '../../domain/lab.errors.js';

/** An uploaded topology file, however it came (a multipart form field or the raw body). */
export interface TopologyUpload {
  content: Buffer;
  filename?: string;
}

/** YAML media types taken as a raw body (RFC 9512 `application/yaml` and the older names). */
export const RAW_YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
export const UPLOAD_FIELD = 'file';

type UploadRequest = Request & { topologyUpload?: TopologyUpload; file?: { buffer: Buffer; originalname?: string } };

function mediaTypeOf(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Reads a raw body up to `limit` bytes. Past the limit the rest is read and dropped (not buffered)
 * before refusing, as multer does, so the client gets the 413 instead of a reset connection.
 */
export function readLimitedBody(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    let over = Number.isFinite(declared) && declared > limit;
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => (over ? reject(LabErrors.uploadTooLarge(limit)) : resolve(Buffer.concat(chunks))));
    req.on('error', (err) => reject(LabErrors.uploadIncomplete(err.message)));
  });
}

/**
 * Takes the topology from `multipart/form-data` (field `file`) or from a raw YAML body, enforcing
 * LAB_UPLOAD_MAX_BYTES either way, and hands it to the route as `@UploadedTopology()`. It runs after
 * the access guard, so nobody without the role gets a body read.
 */
@Injectable()
export class TopologyUploadInterceptor implements NestInterceptor {
  private readonly multipart: NestInterceptor;
  private readonly limit: number;

  constructor(config: AppConfig) {
    this.limit = config.labs.uploadMaxBytes;
    const Multipart = FileInterceptor(UPLOAD_FIELD, { limits: { fileSize: this.limit, files: 1, fields: 10, fieldSize: 4096 } });
    this.multipart = new Multipart();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<UploadRequest>();
    const type = mediaTypeOf(req);
    if (type === 'multipart/form-data') {
      const checked: CallHandler = {
        handle: () => {
          if (!req.file) {
            throw LabErrors.uploadNoFile(UPLOAD_FIELD);
          }
          // The name is the client's: kept short, it only labels the upload in the lab.imported event.
          req.topologyUpload = { content: req.file.buffer, filename: req.file.originalname?.slice(0, 255) || undefined };
          return next.handle();
        },
      };
      try {
        return await this.multipart.intercept(context, checked);
      } catch (err) {
        throw this.explain(err);
      }
    }
    if (RAW_YAML_TYPES.includes(type)) {
      req.topologyUpload = { content: await readLimitedBody(req, this.limit) };
      return next.handle();
    }
    throw LabErrors.uploadMediaType(UPLOAD_FIELD, RAW_YAML_TYPES, type);
  }

  // multer's own messages ("File too large", "Unexpected field") do not say what to do.
  private explain(err: unknown): unknown {
    if (err instanceof PayloadTooLargeException) return LabErrors.uploadTooLarge(this.limit);
    if (err instanceof BadRequestException) {
      const code = ((err as { cause?: { code?: string } }).cause?.code ?? '') as string;
      if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') return LabErrors.uploadFields(UPLOAD_FIELD, err.message);
      return LabErrors.uploadMalformed(err.message);
    }
    return err;
  }
}

/** The topology the TopologyUploadInterceptor took from the request. */
export const UploadedTopology = createParamDecorator((_: unknown, ctx: ExecutionContext): TopologyUpload => {
  const upload = ctx.switchToHttp().getRequest<UploadRequest>().topologyUpload;
  if (!upload) throw new Error('UploadedTopology used on a route without the TopologyUploadInterceptor');
  return upload;
});
