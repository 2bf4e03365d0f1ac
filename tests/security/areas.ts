/** Every area's security cases, imported statically so the bench can bundle them too. */
import type { AreaCases } from './case';
import foundation from './cases/foundation';
import hometown from './cases/hometown';
import consoleArea from './cases/console';
import pairing from './cases/pairing';
import care from './cases/care';
import evaluation from './cases/evaluation';
import roles from './cases/roles';
import moves from './cases/moves';
import orgImport from './cases/org-import';
import todo from './cases/todo';
import publishing from './cases/publishing';
import activity from './cases/activity';

export const areas: AreaCases<any>[] = [foundation, hometown, consoleArea, pairing, care, evaluation, roles, moves, orgImport, todo, publishing, activity];
