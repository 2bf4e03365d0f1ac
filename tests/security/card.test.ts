import area from './cases/card';
import { securitySuite } from './run-area';

securitySuite(area);
