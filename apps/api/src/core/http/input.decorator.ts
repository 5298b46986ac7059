import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ParsedInput, RouteName, Routes } from '@sen/contracts';
import type { ContractRequest } from './contract.interceptor';

/** The request's params, query and body as parsed by the route's contract (see ContractInterceptor). */
export const Input = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<ContractRequest>();
  if (!request.contractInput) throw new Error('Input() used on a handler without @Endpoint');
  return request.contractInput;
});

/** Parsed input of a named contract route, for handler signatures. */
export type In<K extends RouteName> = ParsedInput<Routes[K]>;
