import area from './cases/foundation';
import { securitySuite } from './run-area';

securitySuite(area);
