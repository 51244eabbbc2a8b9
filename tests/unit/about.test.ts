import { describe, expect, it } from 'vitest';
import { contactChannels } from '../../src/lib/views/about.ts';

describe('contactChannels', () => {
  it('offers no channel the publisher has not set', () => {
    expect(contactChannels({ email: null, signal: null, securedropUrl: null }, 'en')).toEqual([]);
  });

  it('lists the channels set, safest first, each with what it protects', () => {
    const channels = contactChannels({ email: 'desk@example.org', signal: 'colony.01', securedropUrl: 'http://abc.onion/' }, 'en');
    expect(channels.map((c) => [c.label, c.href])).toEqual([
      ['SecureDrop', 'http://abc.onion/'],
      ['Signal', null],
      ['Email', 'mailto:desk@example.org'],
    ]);
    expect(channels[2]!.safety).toMatch(/not private/);
  });

  it('words the channels in the page’s language', () => {
    const channels = contactChannels({ email: 'desk@example.org', signal: null, securedropUrl: null }, 'ru');
    expect(channels).toEqual([
      {
        label: 'Электронная почта',
        value: 'desk@example.org',
        href: 'mailto:desk@example.org',
        safety: 'Подходит для исправлений. Обычная почта не конфиденциальна: не присылайте по ней ничего, что может выдать источник.',
      },
    ]);
  });

  it('refuses a SecureDrop address that is not a web address', () => {
    expect(contactChannels({ email: null, signal: null, securedropUrl: 'javascript:alert(1)' }, 'en')).toEqual([]);
  });
});
