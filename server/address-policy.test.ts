import { describe, expect, it } from "vitest";
import { emptyAllowlist, isAddressAllowed, isAllowlistedHostname, isPublicAddress, literalAddress, parseFetchAllowlist } from "./address-policy";

describe("isPublicAddress", () => {
  it.each([
    ["93.184.215.14", true],
    ["8.8.8.8", true],
    ["2606:4700:4700::1111", true],
    ["2a00:1450:4001:81a::200e", true],
    ["::ffff:93.184.215.14", true],
    // loopback, private, link-local, CGNAT, unspecified, broadcast, multicast, reserved
    ["127.0.0.1", false],
    ["127.255.255.254", false],
    ["10.0.0.1", false],
    ["172.16.5.4", false],
    ["172.31.255.255", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["255.255.255.255", false],
    ["224.0.0.1", false],
    ["192.0.2.10", false],
    ["198.18.0.1", false],
    ["240.0.0.1", false],
    ["::1", false],
    ["::", false],
    ["fe80::1", false],
    ["fc00::1", false],
    ["fd12:3456:789a::1", false],
    ["ff02::1", false],
    ["fec0::1", false],
    ["2001:db8::1", false],
    // IPv4 hidden inside IPv6: mapped, compatible, NAT64, 6to4, Teredo
    ["::ffff:127.0.0.1", false],
    ["::ffff:7f00:1", false],
    ["::ffff:10.0.0.1", false],
    ["::ffff:169.254.169.254", false],
    ["::127.0.0.1", false],
    ["64:ff9b::a00:1", false],
    ["2002:7f00:1::1", false],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", false],
    ["not an address", false],
  ])("%s → %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("the fetch allowlist", () => {
  const allowlist = parseFetchAllowlist(" 127.0.0.1/32, LOCALHOST ,10.20.0.0/16, fd00::/8, 192.168.1.7, ::ffff:172.16.0.0/108 ");

  it("parses hostnames, CIDR ranges and single addresses", () => {
    expect([...allowlist.hostnames]).toEqual(["localhost"]);
    expect(allowlist.ranges).toHaveLength(5);
    expect(parseFetchAllowlist(undefined)).toEqual(emptyAllowlist);
    expect(parseFetchAllowlist(" , ")).toEqual(emptyAllowlist);
  });

  it.each([
    ["127.0.0.1", true],
    ["::ffff:127.0.0.1", true],
    ["127.0.0.2", false],
    ["10.20.3.4", true],
    ["10.21.0.1", false],
    ["fd00::5", true],
    ["192.168.1.7", true],
    ["192.168.1.8", false],
    ["172.16.9.9", true],
    ["169.254.169.254", false],
    ["93.184.215.14", true],
  ])("allows %s: %s", (address, expected) => {
    expect(isAddressAllowed(address, allowlist)).toBe(expected);
  });

  it("matches hostnames case-insensitively, without a trailing dot", () => {
    expect(isAllowlistedHostname("LocalHost.", allowlist)).toBe(true);
    expect(isAllowlistedHostname("localhost.example.com", allowlist)).toBe(false);
    expect(isAddressAllowed("127.0.0.1", emptyAllowlist)).toBe(false);
  });

  it.each(["10.0.0.0/33", "300.1.2.3/8", "http://localhost", "*.example.com", "a b"])("refuses the bad entry %s naming it", (entry) => {
    expect(() => parseFetchAllowlist(`localhost,${entry}`)).toThrow(`FACTDESK_FETCH_ALLOWLIST: "${entry}"`);
  });
});

describe("literalAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["[::1]", "::1"],
    ["[::ffff:7f00:1]", "::ffff:7f00:1"],
    ["example.com", null],
    ["localhost", null],
  ])("%s → %s", (hostname, expected) => {
    expect(literalAddress(hostname)).toBe(expected);
  });
});
