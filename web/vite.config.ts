import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The widget page: `web/` in, `web/dist` out, with relative URLs so the service may serve it at any path. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
