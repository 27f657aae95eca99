/**
 * The identity of an article, under which its notes are stored: the same story reached through
 * a share link, a newsletter, an AMP or mobile page or with a tracking query is one article.
 * Keys are https URLs without fragment, credentials, tracking parameters, a leading "www." or a
 * trailing slash, with the remaining query parameters sorted.
 *
 * A page's canonical URL is used only when it is on the same site (registrable domain) as the
 * page itself. A canonical is the page's own claim; honouring one that points at another site
 * would let any page pose as that site's article, and the notes painted into its DOM would be
 * readable by that page. Syndicated copies on other sites therefore keep their own identity.
 * A canonical that is the site's home page while the page is not is a known CMS mistake, and is
 * ignored too, since it would merge every article of the site into one.
 */

// Query parameters that only say where a click came from, never which page it is.
// prettier-ignore
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'mc_cid', 'mc_eid', 'ref_src', 'ref_url', '_ga', '_gl', '_hsenc',
  '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'rb_clickid', 'wt_mc', 'wt.mc_id',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'xtor', 'cmp', 'cmpid', 'smid', 'smtyp',
  'sr_share', 'ncid', 'ocid', 'sref', 'spm', 's_cid', 'icid', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', '__twitter_impression', 'soc_src', 'soc_trk',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

// Hosts whose subdomains belong to different people, as the Public Suffix List has them.
// prettier-ignore
const SHARED_HOSTS = new Set([
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com',
  'tumblr.com', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com',
  'herokuapp.com', 'neocities.org', 'wixsite.com', 'weebly.com', 'ghost.io', 'beehiiv.com',
  'livejournal.com', 'typepad.com', 'appspot.com', 'cloudfront.net', 'azurewebsites.net',
]);
// Second-level labels under a country code that are suffixes themselves: bbc.co.uk, abc.net.au.
// prettier-ignore
const COUNTRY_SECOND_LEVELS = new Set([
  'co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or', 'go', 'gob', 'gv', 'nic', 'mil', 'ltd',
  'plc', 'info', 'nom', 'gen', 'biz', 'sch', 'nhs', 'police', 'res', 'govt', 'int',
]);

/** Stable key of the article at `url`, using the page's declared `canonical` URL when safe. */
export function articleKey(url: string, canonical?: string): string {
  const page = parseWebUrl(url);
  if (!page) return stripFragment(url.trim());
  const declared = canonical ? parseWebUrl(canonical.trim(), page) : null;
  const chosen = declared && isTrustedCanonical(page, declared) ? declared : page;
  return normalize(chosen);
}

/** Registrable domain of `host` ("www.bbc.co.uk" -> "bbc.co.uk"), from a built-in short list. */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  let keep = 2;
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  if (tld.length === 2 && COUNTRY_SECOND_LEVELS.has(second)) keep = 3;
  if (SHARED_HOSTS.has(labels.slice(-2).join('.'))) keep = 3;
  return labels.slice(-keep).join('.');
}

function isTrustedCanonical(page: URL, canonical: URL): boolean {
  if (registrableDomain(page.hostname) !== registrableDomain(canonical.hostname)) return false;
  const pageIsRoot = trimSlash(page.pathname) === '';
  return pageIsRoot || trimSlash(canonical.pathname) !== '';
}

function normalize(url: URL): string {
  // One article served over both schemes, or with and without "www.", is one article.
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const params = new URLSearchParams();
  url.searchParams.forEach((value, name) => {
    if (!isTracking(name)) params.append(name, value);
  });
  params.sort();
  const query = params.toString();
  const path = trimSlash(url.pathname) || '/';
  return `https://${host}${port}${path}${query ? `?${query}` : ''}`;
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

function parseWebUrl(raw: string, base?: URL): URL | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

function stripFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
