import area from './cases/publishing';
import { securitySuite } from './run-area';

securitySuite(area);
