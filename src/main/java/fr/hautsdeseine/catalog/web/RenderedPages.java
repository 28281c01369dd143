package fr.hautsdeseine.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently served pages, by a key that names what they show (the store's last change among it):
 * rendering costs far more than a lookup, and pages of an older state are the first to go.
 */
final class RenderedPages {
    private final Map<String, String> pages;

    RenderedPages(int capacity) {
        this.pages = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String get(String key) {
        return pages.get(key);
    }

    synchronized void put(String key, String html) {
        pages.put(key, html);
    }
}
