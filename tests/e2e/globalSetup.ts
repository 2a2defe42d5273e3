/** Builds the production app once when dist/ is missing (npm test builds it just before). */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync('dist/index.html') || process.env.SHN_E2E_REBUILD) {
    // Vitest sets NODE_ENV=test; a production build (the service worker's precache) needs its own.
    execSync('npx vite build --logLevel warn', {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
