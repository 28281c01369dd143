package fr.hautsdeseine.catalog.harvest;

import java.net.URI;
import java.util.Optional;

/** One page as the partner served it: where it finally came from (after redirects), its type and bytes. */
public record FetchedPage(URI url, Optional<String> contentType, byte[] body) {
}
