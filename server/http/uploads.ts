import type { FastifyInstance } from 'fastify';
import type { RouteSpec } from '../../shared/api/route';

/**
 * File uploads (the import's .xlsx and .csv): their bytes are the body, read as a Buffer only on the routes
 * whose spec names that content type under `upload`; every other route keeps refusing them (415, answered as
 * 400). The route's own `bodyLimit` bounds the size.
 */
export function installUploads(app: FastifyInstance, table: Readonly<Record<string, RouteSpec>>): void {
  const byType = new Map<string, Set<string>>();
  for (const [name, spec] of Object.entries(table)) {
    for (const type of spec.upload?.types ?? []) {
      const names = byType.get(type) ?? new Set<string>();
      names.add(name);
      byType.set(type, names);
    }
  }
  for (const [type, names] of byType) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (req, body, done) => {
      const name = req.routeOptions.config.routeName;
      if (name === undefined || !names.has(name)) {
        done(Object.assign(new Error(`Dit formaat (${type}) wordt hier niet aangenomen`), { statusCode: 415 }), undefined);
        return;
      }
      done(null, body);
    });
  }
}
