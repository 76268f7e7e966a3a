package org.parley.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The bearer token that guards writing; reading needs none. */
final class Auth {

    private final Optional<byte[]> token;

    Auth(Optional<String> token) {
        this.token = token.map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
    }

    boolean enabled() {
        return token.isPresent();
    }

    /** Passes a request that carries the token; returns it so a route can chain. */
    Context check(Context ctx) {
        if (token.isEmpty()) {
            throw ApiException.forbidden("ingest is disabled: start the server with an ingest token "
                    + "(parley serve --token-env NAME)");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiException.unauthorized("this endpoint needs the header 'Authorization: Bearer TOKEN'");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant time: the comparison must not tell how much of a guess was right.
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw ApiException.unauthorized("the token is not valid");
        }
        return ctx;
    }
}
