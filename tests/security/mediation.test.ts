import area from './cases/mediation';
import { securitySuite } from './run-area';

securitySuite(area);
