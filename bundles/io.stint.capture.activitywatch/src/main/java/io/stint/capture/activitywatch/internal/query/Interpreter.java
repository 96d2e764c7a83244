package io.stint.capture.activitywatch.internal.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stint.capture.activitywatch.internal.AwEvent;

/** Runs parsed statements for one time period and answers what RETURN holds. */
final class Interpreter {

    /** Strings built with {@code +} beyond this many characters are refused (memory). */
    static final int MAX_STRING = 10_000_000;

    /** The period a query runs for, and the data it reads. */
    record Period(QuerySource source, Instant start, Instant end) {

        /** The bucket's stored events (none when the source answers null). */
        List<AwEvent> events(String bucketId) {
            List<AwEvent> events = guard(() -> source.events(bucketId, start, end));
            return events == null ? List.of() : events;
        }

        List<String> bucketIds() {
            List<String> ids = guard(source::bucketIds);
            return ids == null ? List.of() : ids;
        }

        String hostname(String bucketId) {
            return guard(() -> source.hostname(bucketId));
        }

        /** Marks a failure of the source itself, so that it is not taken for a query error. */
        private static <T> T guard(java.util.function.Supplier<T> call) {
            try {
                return call.get();
            } catch (QueryException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new SourceFailure(e);
            }
        }
    }

    /** A source's own failure (storage), passed through to the caller unchanged. */
    static final class SourceFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SourceFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private final Period period;
    private final Map<String, Object> env = new HashMap<>();

    private Interpreter(Period period) {
        this.period = period;
        String interval = AwTime.format(period.start()) + "/" + AwTime.format(period.end());
        env.put("TIMEINTERVAL", interval);
        env.put("STARTTIME", AwTime.format(period.start()));
        env.put("ENDTIME", AwTime.format(period.end()));
    }

    static Object run(List<Expr.Statement> program, Period period) {
        Interpreter in = new Interpreter(period);
        for (Expr.Statement s : program) {
            Object value = in.eval(s.value());
            if (s.target() != null) {
                in.env.put(s.target(), value);
            }
        }
        if (!in.env.containsKey("RETURN")) {
            throw new QueryException("Query doesn't assign the RETURN variable, nothing to respond");
        }
        return in.env.get("RETURN");
    }

    private Object eval(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value();
        } else if (e instanceof Expr.Var v) {
            if (!env.containsKey(v.name())) {
                throw new QueryException("Variable '" + v.name() + "' is not defined (" + v.at().where() + ")");
            }
            return env.get(v.name());
        } else if (e instanceof Expr.Call c) {
            Functions.Builtin fn = Functions.find(c.name());
            List<Object> args = new ArrayList<>(c.args().size());
            for (Expr a : c.args()) {
                args.add(eval(a));
            }
            return fn.call(new Args(c.name(), args, period));
        } else if (e instanceof Expr.ListOf l) {
            List<Object> out = new ArrayList<>(l.items().size());
            for (Expr item : l.items()) {
                out.add(eval(item));
            }
            return Values.depthChecked(out);
        } else if (e instanceof Expr.DictOf d) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Expr> entry : d.entries().entrySet()) {
                out.put(entry.getKey(), eval(entry.getValue()));
            }
            return Values.depthChecked(out);
        } else if (e instanceof Expr.Binary b) {
            return binary(b, eval(b.left()), eval(b.right()));
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private static Object binary(Expr.Binary b, Object left, Object right) {
        String where = " (" + b.at().where() + ")";
        switch (b.op()) {
            case EQUALS:
                if (left != null && right != null && !Values.typeName(left).equals(Values.typeName(right))) {
                    throw new QueryException("Cannot compare a " + Values.typeName(left) + " with a "
                            + Values.typeName(right) + where);
                }
                return Values.same(left, right);
            case PLUS:
                if (left instanceof String x && right instanceof String y) {
                    if ((long) x.length() + y.length() > MAX_STRING) {
                        throw new QueryException("String too long (over " + MAX_STRING + " characters)" + where);
                    }
                    return x + y;
                }
                if (left instanceof List<?> x && right instanceof List<?> y) {
                    if ((long) x.size() + y.size() > Functions.MAX_LIST) {
                        throw new QueryException("List too long (over " + Functions.MAX_LIST + " items)" + where);
                    }
                    List<Object> out = new ArrayList<>(x.size() + y.size());
                    out.addAll(x);
                    out.addAll(y);
                    return out;
                }
                if (!(left instanceof Double && right instanceof Double)) {
                    throw new QueryException("Cannot use + on a " + Values.typeName(left) + " and a "
                            + Values.typeName(right) + where);
                }
                return finite((Double) left + (Double) right, where);
            default:
                if (!(left instanceof Double x && right instanceof Double y)) {
                    throw new QueryException("Cannot use " + b.at().text() + " on a " + Values.typeName(left)
                            + " and a " + Values.typeName(right) + " (numbers only)" + where);
                }
                if ((b.op() == Token.Kind.SLASH || b.op() == Token.Kind.PERCENT) && y == 0) {
                    throw new QueryException("Tried to divide by zero" + where);
                }
                return finite(switch (b.op()) {
                    case MINUS -> x - y;
                    case STAR -> x * y;
                    case SLASH -> x / y;
                    default -> x % y;
                }, where);
        }
    }

    private static Double finite(double v, String where) {
        if (!Double.isFinite(v)) {
            throw new QueryException("Number out of range" + where);
        }
        return v;
    }
}
