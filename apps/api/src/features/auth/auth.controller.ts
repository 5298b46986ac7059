import { Controller, Inject, Res } from '@nestjs/common';
import { routes, SESSION_COOKIE, type SessionView } from '@sen/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedContext, RequestContext } from '../../core/access/actor';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { AuthService } from './auth.service';

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Endpoint(routes.signIn)
  async signIn(
    @Ctx() ctx: RequestContext,
    @Input() input: In<'signIn'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionView> {
    const userAgent = reply.request.headers['user-agent'] ?? null;
    const { token, view } = await this.auth.signIn(ctx, input.body.identifier, input.body.password, userAgent);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: Math.floor(this.config.sessionAbsoluteMs / 1000),
    });
    return view;
  }

  @Endpoint(routes.signOut)
  async signOut(@Ctx() ctx: AuthenticatedContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOut(ctx);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Endpoint(routes.session)
  session(@Ctx() ctx: AuthenticatedContext): Promise<SessionView> {
    return this.auth.view(ctx.actor.sessionId);
  }

  @Endpoint(routes.updateMe)
  updateMe(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateMe'>): Promise<SessionView> {
    return this.auth.updateLocale(ctx, input.body.locale);
  }

  @Endpoint(routes.changeOwnPassword)
  changeOwnPassword(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'changeOwnPassword'>): Promise<void> {
    return this.auth.changeOwnPassword(ctx, input.body.currentPassword, input.body.newPassword);
  }
}
