package org.communique.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.Appearance;
import org.communique.statement.DateBasis;
import org.communique.statement.PartialDate;
import org.communique.statement.Statement;
import org.communique.statement.StatementContent;
import org.communique.statement.StatementType;
import org.communique.web.PartyNames;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the correctable fields of a statement as text, the form corrections are kept in:
 * title as is; date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or a range of days
 * {@code YYYY-MM-DD/YYYY-MM-DD} (empty: undated); type its code;
 * parties codes separated by commas; officials one line each, {@code id<TAB>role}.
 */
@Component
class StatementCorrector {

    private final Officials officials;

    StatementCorrector(Officials officials) {
        this.officials = officials;
    }

    String valueOf(Statement statement, Correction.Field field) {
        return switch (field) {
            case TITLE -> statement.getTitle();
            case DATE -> statement.getDate() == null ? "" : statement.getDate()
                    + (statement.getDateEnd() == null ? "" : "/" + statement.getDateEnd());
            case TYPE -> statement.getType().code();
            case PARTIES -> String.join(",", statement.getParties());
            case OFFICIALS -> statement.getAppearances().stream()
                    .map(a -> a.getOfficial().getId() + "\t" + (a.getRole() == null ? "" : a.getRole()))
                    .collect(Collectors.joining("\n"));
        };
    }

    /** Why a value cannot be given to the field, naming the field; empty when it can. */
    Optional<String> problem(Correction.Field field, String value) {
        String text = value == null ? "" : value.strip();
        switch (field) {
            case TITLE:
                return text.isEmpty() ? Optional.of("Title: a statement needs a title")
                        : text.length() > 500 ? Optional.of("Title: at most 500 characters") : Optional.empty();
            case DATE:
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                try {
                    DateValue.parse(text);
                    return Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.of(e.getMessage());
                }
            case TYPE:
                return StatementType.fromCode(text).isPresent() ? Optional.empty()
                        : Optional.of("Type: '" + text + "' is not a statement type");
            case PARTIES:
                for (String code : parties(text)) {
                    if (!PartyNames.isKnown(code)) {
                        return Optional.of("Parties: '" + code + "' is not a country or body code the archive knows");
                    }
                }
                return Optional.empty();
            case OFFICIALS:
                for (String line : text.split("\n")) {
                    if (line.startsWith("?")) {
                        return Optional.of("Officials: the registry has no one official named '" + line.substring(1)
                                + "'; add them in the registry first, or give the full name");
                    }
                    if (!line.isBlank() && !line.split("\t", 2)[0].strip().matches("\\d{1,18}")) {
                        return Optional.of("Officials: '" + line + "' is not an official of the registry");
                    }
                }
                for (Map.Entry<Long, String> entry : named(text).entrySet()) {
                    if (officials.findById(entry.getKey()).filter(o -> !o.isMerged()).isEmpty()) {
                        return Optional.of("Officials: there is no official " + entry.getKey() + " in the registry");
                    }
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /**
     * The value with each official who has since been merged into another replaced by the one they were merged
     * into (keeping the role given first, and the order), so that a correction follows the registry; other
     * fields' values as they are.
     */
    String followingMerges(Correction.Field field, String value) {
        if (field != Correction.Field.OFFICIALS || value == null || value.isBlank()) {
            return value;
        }
        Map<Long, String> survivors = new LinkedHashMap<>();
        try {
            named(value).forEach((id, role) -> survivors.putIfAbsent(officials.survivorOf(id), role));
        } catch (NumberFormatException notIds) {
            return value;
        }
        return survivors.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** Gives the statement the value (already checked with {@link #problem}). */
    void apply(Statement statement, Correction.Field field, String value) {
        String text = value == null ? "" : value.strip();
        switch (field) {
            case TITLE -> statement.setTitle(text);
            case DATE -> {
                DateValue date = text.isEmpty() ? null : DateValue.parse(text);
                DateBasis basis = statement.getDateBasis() == DateBasis.NONE ? DateBasis.PUBLISHED : statement.getDateBasis();
                statement.setDate(date == null ? null : date.date(), date == null ? null : date.end(), basis);
            }
            case TYPE -> statement.setType(StatementType.fromCode(text).orElseThrow());
            case PARTIES -> statement.setParties(parties(text));
            case OFFICIALS -> {
                Map<Long, List<String>> spellings = new LinkedHashMap<>();
                for (Appearance appearance : statement.getAppearances()) {
                    spellings.put(appearance.getOfficial().getId(), appearance.getMentions());
                }
                List<StatementContent.Named> named = new ArrayList<>();
                for (Map.Entry<Long, String> entry : named(text).entrySet()) {
                    Official official = officials.findById(entry.getKey()).orElseThrow();
                    named.add(new StatementContent.Named(official, entry.getValue().isBlank() ? null : entry.getValue().strip(),
                            official.getCountry(), spellings.getOrDefault(official.getId(), List.of(official.getName()))));
                }
                statement.setOfficials(named);
            }
            default -> throw new IllegalArgumentException(field.name());
        }
    }

    /** The value as an admin reads it: type and party names, officials' names with their roles. */
    String display(Correction.Field field, String value) {
        String text = value == null ? "" : value.strip();
        return switch (field) {
            case TITLE -> text;
            case DATE -> text.isEmpty() ? "undated" : DateValue.lenient(text).display();
            case TYPE -> StatementType.fromCode(text).map(StatementType::label).orElse(text);
            case PARTIES -> text.isEmpty() ? "none" : parties(text).stream().map(PartyNames::nameOf).collect(Collectors.joining(", "));
            case OFFICIALS -> text.isEmpty() ? "none" : named(text).entrySet().stream()
                    .map(e -> officials.findById(e.getKey()).map(Official::getName).orElse("official " + e.getKey())
                            + (e.getValue().isBlank() ? "" : " (" + e.getValue().strip() + ")"))
                    .collect(Collectors.joining("; "));
        };
    }

    /** The precisions the form offers: the day, the month, the year, or a range of days. */
    enum Precision {
        DAY("the day"), MONTH("the month"), YEAR("the year"), RANGE("a range of days");

        private final String label;

        Precision(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Precision> of(String code) {
            return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
        }
    }

    /** A date as a correction keeps it: a partial date, and the last day when it is a range of days. */
    record DateValue(PartialDate date, java.time.LocalDate end) {

        /**
         * Reads {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code YYYY-MM-DD/YYYY-MM-DD}.
         *
         * @throws IllegalArgumentException with a message naming the field ("Date:" or "Last day:")
         */
        static DateValue parse(String text) {
            String[] parts = text.strip().split("/", -1);
            if (parts.length > 2) {
                throw new IllegalArgumentException("Date: '" + text.strip() + "' is not a date or a range of two days");
            }
            PartialDate date;
            try {
                date = PartialDate.parse(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Date: " + e.getMessage(), e);
            }
            if (parts.length == 1) {
                return new DateValue(date, null);
            }
            if (date.precision() != org.communique.statement.DatePrecision.DAY) {
                throw new IllegalArgumentException("Date: a range starts on a day (YYYY-MM-DD), not '" + parts[0].strip() + "'");
            }
            PartialDate end;
            try {
                end = PartialDate.parse(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Last day: " + e.getMessage(), e);
            }
            if (end.precision() != org.communique.statement.DatePrecision.DAY) {
                throw new IllegalArgumentException("Last day: a range ends on a day (YYYY-MM-DD), not '" + parts[1].strip() + "'");
            }
            if (!end.start().isAfter(date.start())) {
                throw new IllegalArgumentException("Last day: " + end + " does not come after the first day, " + date);
            }
            if (end.start().isAfter(date.start().plusYears(1))) {
                throw new IllegalArgumentException("Last day: a range is at most a year long; " + date + " to " + end + " is longer");
            }
            return new DateValue(date, end.start());
        }

        /**
         * The value from the form's three fields: the date as typed, the precision chosen, and the last day of a
         * range. A date typed more precisely than chosen is cut to the precision ("2024-07-22" at month is July
         * 2024); less precisely is refused. Without a precision, the date says its own.
         */
        static String fromForm(String date, String precisionCode, String lastDay) {
            String text = date == null ? "" : date.strip();
            String last = lastDay == null ? "" : lastDay.strip();
            if (text.isEmpty()) {
                if (!last.isEmpty()) {
                    throw new IllegalArgumentException("Date: give the first day of the range as well as the last");
                }
                return "";
            }
            PartialDate typed;
            try {
                typed = PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Date: " + e.getMessage(), e);
            }
            if (precisionCode == null || precisionCode.isBlank()) {
                return last.isEmpty() ? typed.toString() : parse(typed + "/" + last).toString();
            }
            Precision precision = Precision.of(precisionCode.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "Precision: '" + precisionCode + "' is not one of day, month, year or range"));
            org.communique.statement.DatePrecision needed = switch (precision) {
                case DAY, RANGE -> org.communique.statement.DatePrecision.DAY;
                case MONTH -> org.communique.statement.DatePrecision.MONTH;
                case YEAR -> org.communique.statement.DatePrecision.YEAR;
            };
            if (typed.precision().compareTo(needed) > 0) {
                throw new IllegalArgumentException("Date: '" + text + "' does not give " + (needed
                        == org.communique.statement.DatePrecision.DAY ? "the day (YYYY-MM-DD)" : "the month (YYYY-MM)")
                        + ", which the precision '" + precision.label() + "' needs");
            }
            PartialDate cut = new PartialDate(typed.start(), needed);
            if (precision != Precision.RANGE) {
                return cut.toString();
            }
            if (last.isEmpty()) {
                throw new IllegalArgumentException("Last day: a range of days needs its last day (YYYY-MM-DD)");
            }
            return parse(cut + "/" + last).toString();
        }

        /**
         * A stored value as well as it reads: an importer's range that {@link #parse} would refuse (one starting
         * on a month, say) keeps its start and its last day as they are.
         */
        static DateValue lenient(String text) {
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                String[] parts = text.strip().split("/", 2);
                PartialDate date = PartialDate.parse(parts[0]);
                java.time.LocalDate end = null;
                if (parts.length == 2) {
                    try {
                        end = java.time.LocalDate.parse(parts[1].strip());
                    } catch (java.time.format.DateTimeParseException notADay) {
                        end = null;
                    }
                }
                return new DateValue(date, end);
            }
        }

        Precision precision() {
            return end != null ? Precision.RANGE : switch (date.precision()) {
                case DAY -> Precision.DAY;
                case MONTH -> Precision.MONTH;
                case YEAR -> Precision.YEAR;
            };
        }

        String display() {
            return end == null ? date.display() : date.display() + " to " + PartialDate.ofDay(end).display();
        }

        @Override
        public String toString() {
            return end == null ? date.toString() : date + "/" + end;
        }
    }

    static List<String> parties(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /** Official id → role, in order. */
    static Map<Long, String> named(String text) {
        Map<Long, String> named = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            named.putIfAbsent(Long.parseLong(parts[0].strip()), parts.length > 1 ? parts[1] : "");
        }
        return named;
    }
}
