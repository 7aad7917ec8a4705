import type { FastifyInstance } from 'fastify';

/**
 * Browser form posts (application/x-www-form-urlencoded) are read only on the routes named here (the one-time
 * link's landing page posts its button to its own URL). Every other route keeps refusing them (415, answered as
 * 400), so no other call can be made from a form on a foreign site. The fields become a plain object of strings.
 */
export function installFormPosts(app: FastifyInstance, routeNames: ReadonlySet<string>): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (req, body, done) => {
    const name = req.routeOptions.config.routeName;
    if (name === undefined || !routeNames.has(name)) {
      done(Object.assign(new Error('Dit formaat (application/x-www-form-urlencoded) wordt hier niet aangenomen'), { statusCode: 415 }), undefined);
      return;
    }
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });
}
