import area from './cases/todo';
import { securitySuite } from './run-area';

securitySuite(area);
