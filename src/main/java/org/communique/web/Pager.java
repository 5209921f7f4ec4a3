package org.communique.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The pager under a list: which statements this page shows of how many ("21–40 of 312"), the page
 * numbers around this one with the first and the last (gaps marked), and the previous and next pages.
 *
 * @param number the page shown, counted from 0
 */
public record Pager(int number, int totalPages, long first, long last, long total, List<Item> items,
                    String previous, String next) {

    /** How many page numbers either side of the current one are shown. */
    static final int AROUND = 2;

    /** A page number with its link, or a gap ({@code number} -1). */
    public record Item(int number, String link, boolean current) {

        public boolean isGap() {
            return number < 0;
        }

        /** As readers count: from 1. */
        public int label() {
            return number + 1;
        }
    }

    public static Pager of(int number, int size, long total, Links links) {
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
        long first = total == 0 ? 0 : (long) number * size + 1;
        long last = Math.min(total, (long) number * size + size);
        List<Item> items = new ArrayList<>();
        int previousShown = -1;
        for (int page = 0; page < totalPages; page++) {
            boolean shown = page == 0 || page == totalPages - 1 || Math.abs(page - number) <= AROUND;
            if (!shown) {
                page = page < number ? number - AROUND - 1 : totalPages - 2;
                if (previousShown != -2) {
                    items.add(new Item(-1, null, false));
                    previousShown = -2;
                }
                continue;
            }
            items.add(new Item(page, links.page(page), page == number));
            previousShown = page;
        }
        return new Pager(number, totalPages, first, last, total, items,
                number > 0 ? links.page(number - 1) : null, number + 1 < totalPages ? links.page(number + 1) : null);
    }

    /** "21–40 of 312", "1 of 1", "none". */
    public String range() {
        if (total == 0) {
            return "none";
        }
        return (first == last ? Long.toString(first) : first + "–" + last) + " of " + total;
    }

    public boolean hasPages() {
        return totalPages > 1;
    }
}
