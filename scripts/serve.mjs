// Serve the built app (dist/) on 127.0.0.1 and print its URL. PORT=0 picks a free port.
import { existsSync } from 'node:fs';
import { createAppServer } from './app-server.mjs';

const dir = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.error('pathcost: no dist/ folder: run `npm run build` first (npm start does both)');
  process.exit(1);
}
const server = createAppServer(dir);
const port = Number(process.env.PORT ?? 4173);
server.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  console.log(`PathCost is running at http://127.0.0.1:${addr.port}/ (Ctrl+C to stop)`);
});
