/** The about page's ways to reach the editors: only the channels the publisher has set, each with what it is safe for. */
import type { ContactSettings } from '../../config/site.ts';

export interface ContactChannel {
  label: string;
  value: string;
  href: string | null;
  /** What the channel protects, and what it does not, in a sentence. */
  safety: string;
}

export function contactChannels(c: ContactSettings): ContactChannel[] {
  const channels: ContactChannel[] = [];
  if (c.securedropUrl && /^https?:\/\//.test(c.securedropUrl))
    channels.push({
      label: 'SecureDrop',
      value: c.securedropUrl,
      href: c.securedropUrl,
      safety: 'The safest channel: open it in Tor Browser; we cannot see who you are unless you tell us.',
    });
  if (c.signal)
    channels.push({
      label: 'Signal',
      value: c.signal,
      href: null,
      safety: 'Messages are end-to-end encrypted; turn on disappearing messages. Signal shows us your phone number unless you use a username.',
    });
  if (c.email)
    channels.push({
      label: 'Email',
      value: c.email,
      href: `mailto:${c.email}`,
      safety: 'Fine for corrections. Ordinary email is not private: do not use it for anything that could identify a source.',
    });
  return channels;
}
