package org.parley.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which URLs {@code POST /api/ingest} may make the server fetch: http(s) only, and unless the server was started to
 * allow it, none whose host resolves to a loopback, private, link-local, shared or multicast address, so a token
 * holder cannot read the server's own network. The host is checked when the job is asked for, and again by ingest at
 * every redirect it follows. (A host whose name resolves to another address between the check and the connection is
 * not caught.)
 */
record UrlPolicy(boolean allowPrivate) {

    /** The URL, stripped, when it may be fetched; a 400 that says why when not. */
    String check(String url) {
        String u = url.strip();
        // Only the web: a path would let a client read the server's files.
        if (!Html.linkable(u)) {
            throw ApiException.badRequest("'url' must be an http(s) URL, not '" + url + "'");
        }
        String host;
        try {
            host = URI.create(u).getHost();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'url' is not a valid URL: " + e.getMessage());
        }
        if (host == null || host.isBlank()) {
            throw ApiException.badRequest("'url' names no host: '" + url + "'");
        }
        refusal(host).ifPresent(why -> {
            throw ApiException.badRequest("'url' " + why);
        });
        return u;
    }

    /**
     * Why ingest may not fetch this URL, or nothing: the same host check, for every redirect the job follows (the
     * first URL was checked when the job was asked for).
     */
    Optional<String> refusal(URI uri) {
        return uri.getHost() == null ? Optional.of("names no host") : refusal(uri.getHost());
    }

    private Optional<String> refusal(String host) {
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                return Optional.of("host " + host + " is an internal address (" + a.getHostAddress()
                        + "); this server fetches only public addresses");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            // fc00::/7, unique local addresses: IPv6's private networks.
            return (b[0] & 0xfe) == 0xfc;
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 reach no public host either.
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || b[0] == 0;
    }
}
