package io.stint.invoice.internal;

/** Something an invoice bills, claimed by one invoice at a time: a time entry, a block or an expense. */
record Source(String kind, long id) implements Comparable<Source> {

    static final String ENTRY = "ENTRY";
    static final String BLOCK = "BLOCK";
    static final String EXPENSE = "EXPENSE";

    static Source entry(long id) {
        return new Source(ENTRY, id);
    }

    static Source block(long id) {
        return new Source(BLOCK, id);
    }

    static Source expense(long id) {
        return new Source(EXPENSE, id);
    }

    /** How the wire names it: "time entry 12", "block 7", "expense 3". */
    String label() {
        return switch (kind) {
            case ENTRY -> "time entry " + id;
            case BLOCK -> "block " + id;
            default -> "expense " + id;
        };
    }

    @Override
    public int compareTo(Source other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Long.compare(id, other.id);
    }
}
