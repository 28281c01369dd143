package fr.hautsdeseine.catalog.web;

import java.util.Optional;

/**
 * Who a request's bearer token belongs to: the portal's admin, or a partner that may write only
 * records of its own publisher.
 *
 * @param who       how the audit log names it
 * @param publisher the partner's publisher IRI; empty for the admin
 */
record Principal(String who, Optional<String> publisher) {
    static final Principal ADMIN = new Principal("admin", Optional.empty());

    static Principal partner(String tokenId, String publisher) {
        return new Principal("partner:" + tokenId + " <" + publisher + ">", Optional.of(publisher));
    }

    boolean isAdmin() {
        return publisher.isEmpty();
    }
}
