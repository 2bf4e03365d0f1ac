import area from './cases/hometown';
import { securitySuite } from './run-area';

securitySuite(area);
