import type { JobView, ProjectView, SuggestionView } from '@/contracts/hometown';
import type { Job } from '@/domain/hometown/job.schema';
import { isJobValid } from '@/domain/hometown/job.rules';
import type { Project } from '@/domain/hometown/project.schema';
import type { Suggestion } from '@/domain/hometown/suggestion.schema';

export const suggestionView = ({ openid: _openid, ...rest }: Suggestion): SuggestionView => rest;
export const projectView = ({ createdBy: _by, ...rest }: Project): ProjectView => rest;
export const jobView = ({ publisherOpenid: _p, ...rest }: Job, now: number): JobView => ({ ...rest, valid: isJobValid(rest, now) });

/** What hometown text refused by content security is told (`what`: 建议, 答复…). */
export const riskyText = (what: string) => `${what}含有不适宜发布的内容，请修改后再提交`;

export const DEFAULT_LIMIT = 20;
