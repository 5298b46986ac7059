import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorReply } from './error-body';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const response = http.getResponse<FastifyReply>();
    const { status, body, headers } = toErrorReply(exception, request.id);
    if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    if (headers) void response.headers(headers);
    void response.status(status).send(body);
  }
}
