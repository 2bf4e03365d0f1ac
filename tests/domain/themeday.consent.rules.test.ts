import { DEFAULT_REMINDER_TEMPLATE, longTermTemplates, maySend, reminderTemplates, spendsAcceptance } from '../../src/domain/themeday/consent.rules';

describe('reminder consents', () => {
  it('sends on a one-time balance or a live long-term subscription, and spends only the former', () => {
    expect(maySend(undefined)).toBe(false);
    expect(maySend({ available: 0 })).toBe(false);
    expect(maySend({ available: 1 })).toBe(true);
    expect(maySend({ available: 0, longTerm: true })).toBe(true);
    expect(maySend({ available: 0, longTerm: false })).toBe(false);
    expect(spendsAcceptance({ available: 2 })).toBe(true);
    expect(spendsAcceptance({ available: 2, longTerm: true })).toBe(false);
  });

  it('reads the configured templates: the reminder (or the default) plus the long-term ones', () => {
    expect([...longTermTemplates(' LT1, ,LT2 ')]).toEqual(['LT1', 'LT2']);
    expect([...longTermTemplates(undefined)]).toEqual([]);
    expect([...reminderTemplates({}).known]).toEqual([DEFAULT_REMINDER_TEMPLATE]);
    const t = reminderTemplates({ THEMEDAY_TEMPLATE_ID: 'TPL', THEMEDAY_LONGTERM_TEMPLATE_IDS: 'TPL' });
    expect([...t.known]).toEqual(['TPL']);
    expect(t.longTerm.has('TPL')).toBe(true);
  });
});
