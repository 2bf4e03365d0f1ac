import area from './cases/pairing';
import { securitySuite } from './run-area';

securitySuite(area);
