import area from './cases/moves';
import { securitySuite } from './run-area';

securitySuite(area);
