/**
 * Imported first by main.ts. The CLI is often bundled into a temp file (scripts/start.mjs, /tmp),
 * where `require("mingo")` would search next to the bundle; add the repo's node_modules (cwd) to
 * the search path before any external package is required.
 */
import Module from 'node:module';
import * as path from 'node:path';

const repoModules = path.join(process.cwd(), 'node_modules');
process.env.NODE_PATH = [repoModules, process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
(Module as unknown as { _initPaths(): void })._initPaths();
