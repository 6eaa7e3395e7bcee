package org.barometer.publicdata;

import java.util.List;

/** One page of results: page counts from 1; total is the number of results on all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
