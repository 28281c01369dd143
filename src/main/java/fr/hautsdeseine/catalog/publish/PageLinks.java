package fr.hautsdeseine.catalog.publish;

/** The absolute URL of the page that starts at a given place, written into a page's Hydra links. */
@FunctionalInterface
public interface PageLinks {
    String to(PageStart start);
}
