/** The about page's ways to reach the editors: only the channels the publisher has set, each with what it is safe for. */
import type { ContactSettings } from '../../config/site.ts';
import { t } from '../i18n/messages.ts';
import type { Locale } from '../text/locales.ts';

export interface ContactChannel {
  label: string;
  value: string;
  href: string | null;
  /** What the channel protects, and what it does not, in a sentence. */
  safety: string;
}

/** The channels set, safest first, worded in the page's language. */
export function contactChannels(c: ContactSettings, locale: Locale): ContactChannel[] {
  const channels: ContactChannel[] = [];
  if (c.securedropUrl && /^https?:\/\//.test(c.securedropUrl))
    channels.push({
      label: t(locale, 'about.channel.securedrop'),
      value: c.securedropUrl,
      href: c.securedropUrl,
      safety: t(locale, 'about.channel.securedropSafety'),
    });
  if (c.signal)
    channels.push({
      label: t(locale, 'about.channel.signal'),
      value: c.signal,
      href: null,
      safety: t(locale, 'about.channel.signalSafety'),
    });
  if (c.email)
    channels.push({
      label: t(locale, 'about.channel.email'),
      value: c.email,
      href: `mailto:${c.email}`,
      safety: t(locale, 'about.channel.emailSafety'),
    });
  return channels;
}
