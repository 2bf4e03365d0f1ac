import area from './cases/lesson';
import { securitySuite } from './run-area';

securitySuite(area);
