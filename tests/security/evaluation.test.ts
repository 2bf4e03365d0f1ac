import area from './cases/evaluation';
import { securitySuite } from './run-area';

securitySuite(area);
