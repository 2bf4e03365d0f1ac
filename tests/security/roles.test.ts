import area from './cases/roles';
import { securitySuite } from './run-area';

securitySuite(area);
