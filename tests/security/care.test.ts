import area from './cases/care';
import { securitySuite } from './run-area';

securitySuite(area);
