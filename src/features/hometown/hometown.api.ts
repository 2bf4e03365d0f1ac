import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of 反哺家乡 jobs, projects, stations and suggestions make; components of this feature that submit call for themselves. */
export const listJobs = (input: ActionInput<'jobs.list'>) => call('jobs.list', input);
export const listProjects = (input: ActionInput<'project.list'>) => call('project.list', input);
export const listStations = (input: ActionInput<'station.list'>) => call('station.list', input);
export const listSuggestions = (input: ActionInput<'suggest.list'>) => call('suggest.list', input);
