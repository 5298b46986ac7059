import { Controller, Get, Header, Req, SetMetadata } from '@nestjs/common';
import { routes, type CertificateKeysDocument, type Verification } from '@sen/contracts';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../core/access/actor';
import { AppError } from '../../core/http/app-error';
import { Endpoint, ENDPOINT_KEY } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { CertificateVerificationService } from './certificate-verification.service';
import { CERTIFICATE_KEYS_PATH } from './signing/well-known-keys';

/** Public: anyone holding a code or a file checks a certificate without an account. */
@Controller()
export class VerificationController {
  constructor(private readonly verification: CertificateVerificationService) {}

  @Endpoint(routes.verifyCertificate)
  @Header('cache-control', 'no-store')
  @Header('x-robots-tag', 'noindex')
  byCode(@Ctx() ctx: RequestContext, @Input() input: In<'verifyCertificate'>): Promise<Verification> {
    return this.verification.byCode(ctx.ip, input.params.code);
  }

  @Endpoint(routes.verifyCertificateFile)
  @Header('cache-control', 'no-store')
  @Header('x-robots-tag', 'noindex')
  async byFile(@Ctx() ctx: RequestContext, @Req() request: FastifyRequest): Promise<Verification> {
    const part = await request.file();
    if (!part || part.fieldname !== 'file')
      throw AppError.field('VALIDATION_FAILED', 'body.file', 'attach the PDF as `file`');
    return this.verification.byFile(ctx.ip, part.file);
  }

  @Endpoint(routes.certificateKeys)
  @Header('cache-control', 'public, max-age=300')
  @Header('access-control-allow-origin', '*')
  keys(): CertificateKeysDocument {
    return this.verification.keys();
  }

  /** The same document where verifiers look for it (RFC 8615), outside the `/api` prefix. */
  @Get(CERTIFICATE_KEYS_PATH)
  @SetMetadata(ENDPOINT_KEY, routes.certificateKeys)
  @Header('cache-control', 'public, max-age=300')
  @Header('access-control-allow-origin', '*')
  wellKnownKeys(): CertificateKeysDocument {
    return this.verification.keys();
  }
}
