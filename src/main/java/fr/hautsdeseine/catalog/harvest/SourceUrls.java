package fr.hautsdeseine.catalog.harvest;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source URL as shown back (API answers, the admin page, run reports, the command line, logs): a
 * password in it, and the values of query parameters that look like credentials, become {@code ***}.
 * The full URL is kept only where the harvester needs it, in the private sources graph.
 */
public final class SourceUrls {
    static final String MASK = "***";
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;](?:[^=&;#]*(?:key|token|secret|pass|pwd|auth|sig|credential|session)[^=&;#]*)=)([^&;#]*)");

    private SourceUrls() {
    }

    public static String masked(URI url) {
        return masked(url.toString());
    }

    public static String masked(String url) {
        String shown = url;
        int scheme = shown.indexOf("://");
        int at = scheme < 0 ? -1 : shown.indexOf('@', scheme + 3);
        int pathStart = scheme < 0 ? -1 : indexOfAny(shown, scheme + 3);
        if (at > 0 && (pathStart < 0 || at < pathStart)) {
            String userInfo = shown.substring(scheme + 3, at);
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? MASK : userInfo.substring(0, colon) + ":" + MASK;
            shown = shown.substring(0, scheme + 3) + user + shown.substring(at);
        }
        Matcher parameters = SECRET_PARAMETER.matcher(shown);
        return parameters.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
    }

    /** A text (an error, a log line) with every occurrence of the source URL, or of its secrets, masked. */
    public static String maskedIn(String text, URI url) {
        if (text == null) {
            return null;
        }
        String full = url.toString();
        String result = text.replace(full, masked(full));
        String userInfo = url.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            result = result.replace(userInfo, userInfo.substring(0, userInfo.indexOf(':') + 1) + MASK);
        }
        Matcher parameters = SECRET_PARAMETER.matcher(result);
        return parameters.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
    }

    private static int indexOfAny(String url, int from) {
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return -1;
    }
}
