import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves /v1 and /openapi.json; in development Vite forwards them to it, so the
// session cookie stays same-origin exactly as it is behind the production proxy.
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist' },
  server: {
    proxy: {
      '/v1': api,
      '/openapi.json': api,
    },
  },
});
