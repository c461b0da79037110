import { Injectable, RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Access } from '../../domain/role.js';
import { ACCESS_KEY } from './access.decorator.js';

export interface RouteInfo {
  method: string;
  /** Full path with the global prefix, parameters as `{name}`. */
  path: string;
  /** Undefined means the route declares nothing (and is therefore closed). */
  access?: Access;
  handler: string;
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Every HTTP route the app registers, with the access rule it declares (for tests and docs/security.md). */
@Injectable()
export class RouteCatalog {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(globalPrefix = 'api'): RouteInfo[] {
    const routes: RouteInfo[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const proto = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = (proto as Record<string, unknown>)[name] as object;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodPaths === undefined || method === undefined) continue;
        const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler as () => void, metatype]);
        for (const cp of controllerPaths)
          for (const mp of ([] as string[]).concat(methodPaths))
            routes.push({ method: RequestMethod[method], path: joinPath(globalPrefix, cp, mp), access, handler: `${metatype.name}.${name}` });
      }
    }
    return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }
}

const WHO: Record<Access, string> = {
  public: 'anyone',
  authenticated: 'any signed-in caller',
  user: 'user, manager, admin',
  manager: 'manager, admin',
  admin: 'admin',
};

/** The route-by-role table of docs/security.md. */
export function renderRouteTable(routes: RouteInfo[]): string {
  const lines = ['| Method | Path | Who may call it |', '|---|---|---|'];
  for (const r of routes) lines.push(`| ${r.method} | \`${r.path}\` | ${r.access ? WHO[r.access] : '**nobody (undeclared)**'} |`);
  return lines.join('\n');
}
