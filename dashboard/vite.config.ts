// Builds the dashboard into the worker's static assets under /dashboard/.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/dashboard/',
  plugins: [preact()],
  // Every browser the dashboard targets supports <link rel=modulepreload>: skip Vite's polyfill.
  build: { outDir: '../dist/public/dashboard', emptyOutDir: true, modulePreload: { polyfill: false } },
  logLevel: 'warn',
});
