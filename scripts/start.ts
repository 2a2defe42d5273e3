/**
 * `npm start`: builds the app and serves dist/ on this computer, at http://127.0.0.1:4173/ or at
 * the port in PORT (`PORT=8080 npm start`). `--no-build` serves the dist/ already there.
 * A port another program holds gives one line saying so, and exit code 1.
 */
import { execSync } from 'node:child_process';
import { preview } from 'vite';

const DEFAULT_PORT = 4173;

function portFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

async function main(): Promise<void> {
  const port = portFromEnv(process.env.PORT);
  if (port === undefined) {
    console.error(
      `PORT=${process.env.PORT} is not a port: use a number from 1 to 65535, e.g. PORT=8080 npm start`,
    );
    process.exit(1);
  }
  if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
  try {
    const server = await preview({
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    console.log(`Secure, Here and Now is served at http://127.0.0.1:${port}/  (Ctrl+C stops it)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE' || /already in use/i.test(e.message)) {
      console.error(
        `Port ${port} is busy (another program uses it): try another, e.g. PORT=${port + 1} npm start`,
      );
    } else if (e.code === 'EACCES') {
      console.error(
        `Port ${port} needs more rights than you have: use one above 1024, e.g. PORT=8080 npm start`,
      );
    } else {
      console.error(`Could not serve the app on port ${port}: ${e.message}`);
    }
    process.exit(1);
  }
}

void main();
