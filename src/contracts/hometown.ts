import { api, type ActionTable } from './table';
import { jobsListInputSchema, jobsPublishInputSchema, jobsUpdateInputSchema, jobsWithdrawInputSchema, type Job } from '../domain/hometown/job.schema';
import type { PipelineTotals } from '../domain/hometown/pipeline.rules';
import { projectCreateInputSchema, projectListInputSchema, projectUpdateInputSchema, type Project } from '../domain/hometown/project.schema';
import { stationListInputSchema, stationSaveInputSchema, type Station } from '../domain/hometown/station.schema';
import { hometownStatsInputSchema } from '../domain/hometown/stats.schema';
import {
  suggestListInputSchema,
  suggestReplyInputSchema,
  suggestSubmitInputSchema,
  type Suggestion,
  type SuggestionStatus,
} from '../domain/hometown/suggestion.schema';

/** 反哺家乡: suggestions, return-home projects, talent stations, job pushes and their dashboard figures. */
export const hometownActions = {
  'suggest.submit': api(suggestSubmitInputSchema),
  'suggest.list': api(suggestListInputSchema),
  'suggest.reply': api(suggestReplyInputSchema),
  'project.create': api(projectCreateInputSchema),
  'project.update': api(projectUpdateInputSchema),
  'project.list': api(projectListInputSchema),
  'station.save': api(stationSaveInputSchema),
  'station.list': api(stationListInputSchema),
  'jobs.publish': api(jobsPublishInputSchema),
  'jobs.list': api(jobsListInputSchema),
  'hometown.stats': api(hometownStatsInputSchema),
  'jobs.update': api(jobsUpdateInputSchema),
  'jobs.withdraw': api(jobsWithdrawInputSchema),
} as const satisfies ActionTable;

/** A suggestion as its author and its handlers see it (never the author's openid). */
export type SuggestionView = Omit<Suggestion, 'openid'>;

export type ProjectView = Omit<Project, 'createdBy'>;

/** A station with its head resolved: a member head's name and phone read live, phones masked per caller. */
export type StationView = Omit<Station, 'head'> & {
  head: { kind: 'member' | 'person'; memberId: string | null; name: string; phone: string | null; masked: boolean };
};

/**
 * `valid`: still shown to members today (validUntil not past, Shanghai, and not withdrawn).
 * `manageable` (the publisher's list, `manage: true`): the caller may edit or withdraw it.
 */
export type JobView = Omit<Job, 'publisherOpenid'> & { valid: boolean; manageable?: boolean };

export interface HometownStats {
  suggestions: Record<SuggestionStatus, number>;
  /** From the maintained counters; null for a village group (projects are followed per branch). */
  pipeline: PipelineTotals | null;
  stations: number;
  /** Job pushes still valid today that reach the unit (all of them for the county). */
  activeJobs: number;
}

export interface HometownOutputs {
  'suggest.submit': SuggestionView;
  'suggest.list': { items: SuggestionView[]; nextCursor: string | null };
  'suggest.reply': SuggestionView;
  'project.create': ProjectView;
  'project.update': ProjectView;
  'project.list': { items: ProjectView[]; nextCursor: string | null; totals: PipelineTotals };
  'station.save': StationView;
  'station.list': { items: StationView[] };
  'jobs.publish': JobView;
  'jobs.list': { items: JobView[]; nextCursor: string | null };
  'hometown.stats': HometownStats;
  'jobs.update': JobView;
  'jobs.withdraw': JobView;
}
