import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { IdentityProvider } from './application/ports/identity-provider.port.js';
import { SessionService } from './application/sessions/session.service.js';
import { SignInService } from './application/sessions/sign-in.service.js';
import { JwksKeyProvider } from './infrastructure/jwks-key.provider.js';
import { JwtStrategy } from './infrastructure/jwt.strategy.js';
import { OpenIdClientAdapter } from './infrastructure/openid-client.adapter.js';
import { AccessRecheck } from './interface/http/access-recheck.js';
import { AccessGuard } from './interface/http/access.guard.js';
import { AuthController } from './interface/http/auth.controller.js';
import { RouteCatalog } from './interface/http/route-catalog.js';

/** Who is calling and what they may do: console sessions, bearer tokens, roles on every route. */
@Module({
  imports: [PassportModule, DiscoveryModule],
  controllers: [AuthController],
  providers: [
    { provide: IdentityProvider, useClass: OpenIdClientAdapter },
    JwksKeyProvider,
    JwtStrategy,
    SessionService,
    SignInService,
    { provide: APP_GUARD, useClass: AccessGuard },
    RouteCatalog,
    AccessRecheck,
  ],
  exports: [IdentityProvider, RouteCatalog, AccessRecheck],
})
export class AuthModule {}
