import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one static build used by Electron (file://) and by `npm run web`.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { strictPort: true },
});
