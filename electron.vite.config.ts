import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// main and preload are bundled to CommonJS (a sandboxed preload cannot be an ES module);
// dependencies in package.json stay external and are loaded from node_modules at run time.
export default defineConfig({
  main: {
    build: {
      lib: { entry: { index: resolve(__dirname, 'electron/main.ts') } },
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  preload: {
    build: {
      lib: { entry: { index: resolve(__dirname, 'electron/preload.ts') } },
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      // PALPATE_RENDERER_DIR lets two people (or agents) build and run e2e side by side without sharing out/.
      outDir: resolve(__dirname, process.env.PALPATE_RENDERER_DIR ?? 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
