import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

/** The host's own global guard: it turns away requests that carry `X-Host-Block`, and marks the rest. */
@Injectable()
export class HostHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    if (request.headers['x-host-block']) throw new ForbiddenException('blocked by the host');
    return true;
  }
}
