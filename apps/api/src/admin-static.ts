// The admin's build, served by the API in production: its files as they are, and index.html for every
// other GET that is not the API's (the admin routes in the browser). Never for /graphql, /files, /healthz
// or /readyz, and never for a missing file with an extension (a missing script must not come back as HTML).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** Paths the API answers itself: the fallback leaves them (and everything under them) alone. */
export const API_PATHS = ['/graphql', '/files', '/healthz', '/readyz'] as const;

const isApiPath = (path: string): boolean =>
  API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** Whether there is an admin build to serve: production only, and only when its index.html exists. */
export const servesAdmin = (nodeEnv: string, adminDir: string): boolean =>
  nodeEnv === 'production' && existsSync(join(adminDir, 'index.html'));

export function adminStatic(adminDir: string): Router {
  const router = express.Router();
  const index = join(adminDir, 'index.html');
  const htmlHeaders: RequestHandler = (_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'same-origin');
    next();
  };
  router.use((req, _res, next) => {
    // The API's paths never reach the admin's files, whatever is in the build directory.
    if (isApiPath(req.path)) next('router');
    else next();
  });
  router.use(
    express.static(adminDir, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      setHeaders(res, path) {
        // Vite names built assets by their content hash: they never change.
        res.setHeader(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        res.setHeader('x-content-type-options', 'nosniff');
      },
    }),
  );
  router.get(/.*/, htmlHeaders, (req, res, next) => {
    const last = req.path.split('/').at(-1) ?? '';
    if (/\.[A-Za-z0-9]+$/.test(last)) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
