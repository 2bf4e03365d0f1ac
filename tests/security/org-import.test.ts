import area from './cases/org-import';
import { securitySuite } from './run-area';

securitySuite(area);
