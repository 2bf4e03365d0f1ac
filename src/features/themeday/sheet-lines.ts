import type { StudyLink } from '@/domain/themeday/themeday.schema';

/** Agenda items as typed: one per line, blank lines dropped. */
export const agendaLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Study links as typed, one per line: the title, then the address (`党章全文 https://…`). */
export function linkLines(text: string): StudyLink[] {
  return agendaLines(text).map((line) => {
    const at = line.search(/https?:\/\//);
    return at > 0 ? { title: line.slice(0, at).trim(), url: line.slice(at).trim() } : { title: line, url: at === 0 ? line : '' };
  });
}

export const linksText = (links: readonly StudyLink[]): string => links.map((l) => `${l.title} ${l.url}`).join('\n');
