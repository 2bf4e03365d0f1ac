import area from './cases/mailing';
import { securitySuite } from './run-area';

securitySuite(area);
