package io.stint.export.csv.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Blocks;
import io.stint.billing.api.Profile;
import io.stint.billing.api.RatePeriod;
import io.stint.export.api.Export;
import io.stint.export.api.ExportProgress;

/**
 * Invoice lines as CSV, in ChronicleCore's columns: the user's billable, assigned blocks that start
 * in the period (days in the user's zone), at the rate in force when each block started.
 * <p>
 * {@link #BLOCK} scope writes a line per block, each rounded alone (ChronicleCore's way). The day
 * scopes write a line per day, profile and rate: {@link #PROFILE_DAY} rounds each such line alone,
 * {@link #DAY} rounds the day's total once and shares it out ({@link Rounding#minutesTogether}).
 * Blocks are read page by page in start order, so memory holds one page and one day's lines.
 */
final class InvoiceLines implements Export {

    static final String BLOCK = "block";
    static final String DAY = "day";
    static final String PROFILE_DAY = "profile_day";
    static final List<String> SCOPES = List.of(BLOCK, DAY, PROFILE_DAY);
    static final String[] HEADER = { "Client", "Project", "Service", "Date", "Start Time", "End Time", "Hours (Rounded)",
        "Hours (Actual)", "Rate", "Currency", "Amount", "Description", "Confidence" };
    /** Blocks read at a time. */
    static final int PAGE = 5_000;
    private static final int MAX_DESCRIPTIONS = 5;

    /** What to export. */
    record Spec(long userId, ZoneId zone, LocalDate from, LocalDate to, Set<Long> profileIds, Rounding rounding,
            String scope, boolean spreadsheet, java.util.function.LongSupplier estimatedRows) {
    }

    /** One line in the making: a block, or a day's blocks of one profile at one rate. */
    private static final class Line {
        final Profile profile;
        final String service;
        final RatePeriod rate;
        final LocalDateTime firstStart;
        LocalDateTime lastEnd;
        long seconds;
        final Set<String> descriptions = new LinkedHashSet<>();
        int moreDescriptions;
        String confidence;

        Line(Profile profile, String service, RatePeriod rate, LocalDateTime start) {
            this.profile = profile;
            this.service = service;
            this.rate = rate;
            this.firstStart = start;
        }

        void add(LocalDateTime end, long secs, String description, String conf) {
            lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
            seconds += secs;
            if (description != null && !description.isBlank() && !descriptions.contains(description)) {
                if (descriptions.size() < MAX_DESCRIPTIONS) {
                    descriptions.add(description);
                } else {
                    moreDescriptions++;
                }
            }
            confidence = confidence == null || rank(conf) < rank(confidence) ? conf : confidence;
        }

        String description() {
            String joined = String.join("; ", descriptions);
            return moreDescriptions == 0 ? joined : joined + "; +" + moreDescriptions + " more";
        }
    }

    private final Spec spec;
    private final Blocks blocks;
    private final BillingLookup billing;
    private final int pageSize;
    private long estimate = -1;

    InvoiceLines(Spec spec, Blocks blocks, BillingLookup billing, int pageSize) {
        this.spec = spec;
        this.blocks = blocks;
        this.billing = billing;
        this.pageSize = pageSize;
    }

    @Override
    public long estimatedRows() {
        if (estimate < 0) {
            estimate = spec.estimatedRows().getAsLong();
        }
        return estimate;
    }

    @Override
    public String fileName() {
        return "invoice-lines-" + spec.from() + "-" + spec.to() + ".csv";
    }

    @Override
    public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
        ZoneRules rules = spec.zone().getRules();
        long fromMs = spec.from().atStartOfDay(spec.zone()).toInstant().toEpochMilli();
        long toMs = spec.to().plusDays(1).atStartOfDay(spec.zone()).toInstant().toEpochMilli();
        try (CsvOut csv = new CsvOut(out, spec.spreadsheet())) {
            csv.row(HEADER);
            Map<Object, Line> day = new LinkedHashMap<>();
            LocalDate currentDay = null;
            try (PageReader reader = new PageReader(blocks, spec.userId(), fromMs, toMs, pageSize)) {
                for (List<ActivityBlock> page = reader.next(); !page.isEmpty(); page = reader.next()) {
                    if (progress.cancelled()) {
                        throw new InterruptedIOException("export cancelled");
                    }
                    int written = 0;
                    for (ActivityBlock b : page) {
                        if (!b.billable() || b.profileId() == null
                                || (!spec.profileIds().isEmpty() && !spec.profileIds().contains(b.profileId()))) {
                            continue;
                        }
                        Profile profile = billing.profile(b.profileId()).orElse(null);
                        if (profile == null) {
                            continue;
                        }
                        long startMs = b.start().toEpochMilli();
                        long endMs = b.end().toEpochMilli();
                        LocalDateTime start = local(startMs, rules);
                        LocalDateTime end = local(endMs, rules);
                        String service = b.serviceId() == null ? profile.serviceName() : billing.serviceName(b.serviceId());
                        RatePeriod rate = billing.rateAt(profile.rateId(), startMs).orElse(null);
                        long seconds = Math.max(0, (endMs - startMs + 500) / 1000);
                        String description = b.description() != null && !b.description().isBlank() ? b.description() : b.title();
                        if (BLOCK.equals(spec.scope())) {
                            Line line = new Line(profile, service, rate, start);
                            line.add(end, seconds, description, b.confidence());
                            write(csv, line, spec.rounding().minutes(seconds));
                            written++;
                            continue;
                        }
                        LocalDate date = start.toLocalDate();
                        if (!date.equals(currentDay)) {
                            written += flush(csv, day);
                            currentDay = date;
                        }
                        day.computeIfAbsent(List.of(profile.id(), Objects.toString(service), rate == null ? "" : rate),
                                k -> new Line(profile, service, rate, start)).add(end, seconds, description, b.confidence());
                    }
                    progress.advance(written);
                }
            }
            progress.advance(flush(csv, day));
        }
    }

    private int flush(CsvOut csv, Map<Object, Line> day) throws IOException {
        if (day.isEmpty()) {
            return 0;
        }
        List<Line> lines = new ArrayList<>(day.values());
        day.clear();
        long[] minutes;
        if (DAY.equals(spec.scope())) {
            long[] seconds = new long[lines.size()];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = lines.get(i).seconds;
            }
            minutes = spec.rounding().minutesTogether(seconds);
        } else {
            minutes = new long[lines.size()];
            for (int i = 0; i < minutes.length; i++) {
                minutes[i] = spec.rounding().minutes(lines.get(i).seconds);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            write(csv, lines.get(i), minutes[i]);
        }
        return lines.size();
    }

    private void write(CsvOut csv, Line line, long billedMinutes) throws IOException {
        Profile p = line.profile;
        String currency = line.rate != null ? line.rate.currency() : p.currency();
        int digits = digits(currency);
        String rate = line.rate == null ? "" : Text.decimal(line.rate.hourlyMinor(), digits);
        String amount = line.rate == null ? "" : Text.decimal(Text.amount(billedMinutes, line.rate.hourlyMinor()), digits);
        csv.row(csv.text(p.clientName()), csv.text(p.projectName()), csv.text(line.service), Text.date(line.firstStart),
                Text.time(line.firstStart), Text.time(line.lastEnd), Text.hoursOfMinutes(billedMinutes),
                Text.hoursOfSeconds(line.seconds), rate, currency, amount, csv.text(line.description()),
                line.confidence == null ? "" : line.confidence);
    }

    private static LocalDateTime local(long epochMs, ZoneRules rules) {
        Instant at = Instant.ofEpochMilli(epochMs);
        return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMs, 1000), 0, rules.getOffset(at));
    }

    private static int digits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }

    /** LOW < MEDIUM < HIGH; unknown counts as HIGH. */
    private static int rank(String confidence) {
        return "LOW".equals(confidence) ? 0 : "MEDIUM".equals(confidence) ? 1 : 2;
    }
}
