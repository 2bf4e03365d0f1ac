import area from './cases/console';
import { securitySuite } from './run-area';

securitySuite(area);
