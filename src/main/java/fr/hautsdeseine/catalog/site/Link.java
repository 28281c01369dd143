package fr.hautsdeseine.catalog.site;

/** A labelled link; {@code href} may be null when there is nowhere to go. */
public record Link(Text label, String href) {
}
