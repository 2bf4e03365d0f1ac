import area from './cases/dues';
import { securitySuite } from './run-area';

securitySuite(area);
