import { Controller, Req, Res } from '@nestjs/common';
import { routes, type UploadView } from '@sen/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedContext } from '../../core/access/actor';
import { AppError } from '../../core/http/app-error';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { fileHeaders, parseRange } from './file-response';
import { UploadStorage } from './upload-storage';
import { UploadsService, type FileToServe } from './uploads.service';

@Controller()
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly storage: UploadStorage,
  ) {}

  @Endpoint(routes.createUpload)
  async create(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'createUpload'>,
    @Req() request: FastifyRequest,
  ): Promise<UploadView> {
    const part = await request.file();
    const file = part && { fieldName: part.fieldname, fileName: part.filename, stream: part.file };
    return this.uploads.create(ctx, input.query.courseId, file);
  }

  @Endpoint(routes.getFile)
  async get(@Input() input: In<'getFile'>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.send(await this.uploads.file(input.params.id), request, reply);
  }

  @Endpoint(routes.getFileVariant)
  async getVariant(
    @Input() input: In<'getFileVariant'>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.send(await this.uploads.file(input.params.id, input.params.variant), request, reply);
  }

  /** Streams the file, or the one byte range a video player asks for when seeking. */
  private async send(file: FileToServe, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const size = await this.storage.size(file.key);
    if (size === null) throw AppError.notFound('File');
    void reply.headers(fileHeaders(file.mimeType, file.inline, file.fileName));
    const range = parseRange(request.headers.range, size);
    if (range === 'invalid') {
      await reply.code(416).header('content-range', `bytes */${size}`).send();
      return;
    }
    if (range) {
      void reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', range.end - range.start + 1);
      await reply.send(this.storage.open(file.key, range));
      return;
    }
    await reply.code(200).header('content-length', size).send(this.storage.open(file.key));
  }
}
