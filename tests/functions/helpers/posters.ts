/** Prints the join-code posters as the page does: branch.posters, then branch.postersStatus until the job ends. */
import JSZip from 'jszip';
import type { TestCloud } from './cloud';

/** Every answer of branch.postersStatus until the job is no longer running. */
export async function pollPosters(tc: TestCloud, openid: string, jobId: string): Promise<any[]> {
  const answers = [];
  for (let i = 0; i < 100; i++) {
    const p = await tc.data(openid, 'branch.postersStatus', { jobId });
    answers.push(p);
    if (p.state !== 'running') return answers;
  }
  throw new Error('the poster job never finished');
}

/** Starts a print and drives it to the end: its first answer and its last. */
export async function printPosters(tc: TestCloud, openid: string): Promise<{ first: any; last: any }> {
  const first = await tc.data(openid, 'branch.posters', {});
  const last = first.state === 'running' ? (await pollPosters(tc, openid, first.jobId)).pop() : first;
  return { first, last };
}

/** The zip behind a finished job's temporary link, and the names of the files in it. */
export async function readPosterZip(url: string): Promise<{ zip: JSZip; names: string[] }> {
  const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(url)).arrayBuffer()));
  return { zip, names: Object.keys(zip.files) };
}
