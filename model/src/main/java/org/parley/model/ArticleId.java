package org.parley.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Content-derived article ids: the same article read twice, from any input format, gets the same id.
 * The URL wins when there is one, because the same story is often re-served with small text changes.
 */
public final class ArticleId {

    private ArticleId() {
    }

    /** 16 hex chars of SHA-256 over the normalized URL. */
    public static String fromUrl(String url) {
        return hash("url:" + normalizeUrl(url));
    }

    /** 16 hex chars of SHA-256 over the text with whitespace folded, so re-wrapping lines keeps the id. */
    public static String fromText(String text) {
        return hash("text:" + text.strip().replaceAll("\\s+", " "));
    }

    public static String of(Optional<String> url, String text) {
        return url.map(ArticleId::fromUrl).orElseGet(() -> fromText(text));
    }

    /**
     * Lower-case scheme and host, no default port, no fragment, no tracking parameters (utm_*, fbclid, gclid),
     * remaining parameters sorted, no trailing slash. A string that is not a URI is only trimmed.
     */
    public static String normalizeUrl(String url) {
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getHost() == null) {
                return trimmed;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http")) {
                scheme = "https"; // the same page is served under both
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty())
                    .filter(p -> !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return scheme + "://" + host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static boolean isTracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid");
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
