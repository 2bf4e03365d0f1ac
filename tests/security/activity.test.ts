import area from './cases/activity';
import { securitySuite } from './run-area';

securitySuite(area);
