import ipaddr from "ipaddr.js";

/**
 * Which hosts and addresses the server may fetch articles from. By default only public unicast
 * addresses; `FACTDESK_FETCH_ALLOWLIST` opens chosen hostnames or CIDR ranges (an intranet CMS, or a
 * local server in tests).
 */
export interface FetchAllowlist {
  hostnames: ReadonlySet<string>;
  ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

export const emptyAllowlist: FetchAllowlist = { hostnames: new Set(), ranges: [] };

/** Parses the comma-separated allowlist ("127.0.0.1/32,localhost,10.1.2.3"); throws naming a bad entry. */
export function parseFetchAllowlist(value: string | undefined): FetchAllowlist {
  const hostnames = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry.includes("/")) {
      try {
        const [address, bits] = ipaddr.parseCIDR(entry);
        ranges.push([unmap(address), address.kind() === "ipv6" && unmap(address).kind() === "ipv4" ? bits - 96 : bits]);
      } catch {
        throw new Error(`FACTDESK_FETCH_ALLOWLIST: "${raw.trim()}" is not a valid CIDR range.`);
      }
    } else if (ipaddr.isValid(stripBrackets(entry))) {
      const address = unmap(ipaddr.parse(stripBrackets(entry)));
      ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/.test(entry)) {
      hostnames.add(normaliseHostname(entry));
    } else {
      throw new Error(`FACTDESK_FETCH_ALLOWLIST: "${raw.trim()}" is neither a hostname nor a CIDR range.`);
    }
  }
  return { hostnames, ranges };
}

export function normaliseHostname(hostname: string): string {
  return stripBrackets(hostname.toLowerCase()).replace(/\.$/, "");
}

export function isAllowlistedHostname(hostname: string, allowlist: FetchAllowlist): boolean {
  return allowlist.hostnames.has(normaliseHostname(hostname));
}

/**
 * True for addresses on the public internet: IPv4 outside every special-purpose range, IPv6 only in
 * global unicast (2000::/3) and outside its special ranges. IPv4-mapped IPv6 (::ffff:127.0.0.1) is
 * judged as the IPv4 address it carries; NAT64, 6to4 and Teredo are refused because they can embed
 * any IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = unmap(ipaddr.parse(address));
  if (parsed.range() !== "unicast") return false;
  if (parsed.kind() === "ipv6") return parsed.match(ipaddr.parseCIDR("2000::/3"));
  return true;
}

/** Whether the server may connect to this address: public, or inside an allowlisted range. */
export function isAddressAllowed(address: string, allowlist: FetchAllowlist): boolean {
  if (isPublicAddress(address)) return true;
  if (!ipaddr.isValid(address)) return false;
  const parsed = unmap(ipaddr.parse(address));
  return allowlist.ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits));
}

/** The IP address a URL hostname spells out literally ("[::1]", "127.0.0.1"), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare = stripBrackets(hostname);
  return ipaddr.isValid(bare) && (bare.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}

function stripBrackets(value: string): string {
  return value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1) : value;
}

function unmap(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}
