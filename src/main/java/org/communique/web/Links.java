package org.communique.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links that keep a page's query parameters: to another page of results, another order, or the same
 * results without one filter. Templates call it; it is built from the filter's parameters.
 */
public record Links(String path, Map<String, String> parameters) {

    public Links {
        parameters = new LinkedHashMap<>(parameters);
    }

    /** The same list, page {@code page} (counted from 0). */
    public String page(int page) {
        Map<String, String> params = new LinkedHashMap<>(parameters);
        params.remove("page");
        if (page > 0) {
            params.put("page", Integer.toString(page));
        }
        return build(params);
    }

    public String with(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>(parameters);
        params.remove("page");
        params.put(name, value);
        return build(params);
    }

    public String without(String name) {
        Map<String, String> params = new LinkedHashMap<>(parameters);
        params.remove("page");
        params.remove(name);
        return build(params);
    }

    /** Another page with the same parameters ("/timeline/2021" keeping the timeline's official and party). */
    public String to(String otherPath) {
        return to(otherPath, Map.of());
    }

    /** Another page with the same parameters and some of its own. */
    public String to(String otherPath, Map<String, String> more) {
        Map<String, String> params = new LinkedHashMap<>(more);
        parameters.forEach((name, value) -> {
            if (!name.equals("page")) {
                params.putIfAbsent(name, value);
            }
        });
        return new Links(otherPath, params).current();
    }

    public String current() {
        return build(parameters);
    }

    private String build(Map<String, String> params) {
        if (params.isEmpty()) {
            return path;
        }
        StringJoiner query = new StringJoiner("&", path + "?", "");
        params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
