package fr.hautsdeseine.catalog.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's query operation with the endpoint's limits: refuses unboundable query shapes on the query
 * Fuseki has already parsed, puts every execution under the {@link QueryWatchdog}, and builds each
 * answer whole (at most {@code maxRows + 1} rows) before the status line, so that a timeout or an
 * oversized answer is a clear error and never a truncated 200.
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    private static final Logger log = LoggerFactory.getLogger(BoundedQueryProcessor.class);
    private static final String TIME_LIMIT = BoundedQueryProcessor.class.getName() + ".timeLimit";
    private static final String WATCH = BoundedQueryProcessor.class.getName() + ".watch";
    private static final Pattern TIMEOUT = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?(,\\d{1,9}(\\.\\d{1,3})?)?");
    // Fuseki's own alarm fires at the deadline; the watchdog follows for what the alarm cannot stop.
    private static final Duration GRACE = Duration.ofMillis(100);

    // ARQ describes each resource without looking at the cancel flag: bound how many there are.
    static final long MAX_DESCRIBE_SOLUTIONS = 100;
    static final String DESCRIBE_NEEDS_LIMIT = "DESCRIBE with a WHERE clause needs LIMIT " + MAX_DESCRIBE_SOLUTIONS
            + " or less (descriptions are built whole, beyond the reach of the time limit); use CONSTRUCT for more";

    static final String TOO_DEEP = "The query is nested too deeply for the query engine; keep nesting within %d levels (%s)";

    private final SparqlLimits limits;
    private final QueryWatchdog watchdog;
    private final QueryNesting nesting;
    private final QueryChecks checks = new QueryChecks();

    BoundedQueryProcessor(SparqlLimits limits, QueryWatchdog watchdog, QueryNesting nesting) {
        this.limits = limits;
        this.watchdog = watchdog;
        this.nesting = nesting;
    }

    /**
     * Refuses a query nested past the limit before ARQ parses it, and turns a stack overflow anywhere in
     * parsing or running it into a clear 400 (the read transaction and the slot are released on the way out).
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        nesting.refusal(queryString).ifPresent(ServletOps::errorBadRequest);
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            log.warn("[sparql {}] stack overflow: the query is nested too deeply", QueryLog.requestId(action.getRequest()));
            ServletOps.errorBadRequest(TOO_DEEP.formatted(nesting.max(), QueryNesting.SETTING));
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        long id = QueryLog.requestId(action.getRequest());
        if (log.isDebugEnabled()) {
            log.debug("[sparql {}] query: {}", id, query.toString().replace('\n', ' '));
        }
        checks.refusal(query).ifPresent(ServletOps::errorBadRequest);
        if (query.isDescribeType() && query.getQueryPattern() != null
                && (!query.hasLimit() || query.getLimit() > MAX_DESCRIBE_SOLUTIONS)) {
            ServletOps.errorBadRequest(DESCRIBE_NEEDS_LIMIT);
        }
        action.getRequest().setAttribute(TIME_LIMIT, timeLimit(action.getRequestParameter("timeout")));
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > limits.maxRows())) {
            // One row more than the cap is enough to know the answer is too long; it also lets ARQ
            // sort with a bounded heap instead of the whole input.
            query.setLimit(limits.maxRows() + 1L);
        }
    }

    /** The configured limit, or the request's lower {@code timeout} (seconds; "N" or "first,overall"). */
    private Duration timeLimit(String parameter) {
        if (parameter == null) {
            return limits.timeout();
        }
        String value = parameter.trim();
        if (!TIMEOUT.matcher(value).matches()) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "The timeout parameter must be a number of seconds"
                    + " (such as timeout=10), got '" + parameter + "'", null);
        }
        String overall = value.substring(value.indexOf(',') + 1);
        Duration requested = Duration.ofMillis(Math.round(Double.parseDouble(overall) * 1000));
        if (requested.isZero()) {
            return limits.timeout();
        }
        return requested.compareTo(limits.timeout()) < 0 ? requested : limits.timeout();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, LinearRegex.rewrite(query), dataset);
        Duration limit = (Duration) action.getRequest().getAttribute(TIME_LIMIT);
        long id = QueryLog.requestId(action.getRequest());
        action.getRequest().setAttribute(WATCH, watchdog.watch(exec, limit.plus(GRACE), id));
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryWatchdog.Watch watch = (QueryWatchdog.Watch) action.getRequest().getAttribute(WATCH);
        Duration limit = (Duration) action.getRequest().getAttribute(TIME_LIMIT);
        try {
            return execute(action, exec, query, watch, limit);
        } catch (QueryCancelledException e) {
            throw timedOut(limit);
        } catch (ActionErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            if (watch.fired()) {
                throw timedOut(limit); // an abort can surface as another exception from deep inside ARQ
            }
            throw e;
        } finally {
            watch.release();
        }
    }

    private QueryExecResult execute(HttpAction action, QueryExec exec, Query query, QueryWatchdog.Watch watch,
            Duration limit) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> copy = new ArrayList<>();
            while (rows.hasNext()) {
                Binding row = rows.next();
                if (copy.size() == limits.maxRows()) {
                    throw tooLarge("rows");
                }
                copy.add(row);
            }
            QueryLog.rows(action.getRequest(), copy.size());
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), copy.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph answer = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            try {
                long added = 0;
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    if (!answer.contains(quad) && ++added > limits.maxRows()) {
                        throw tooLarge("triples");
                    }
                    answer.add(quad);
                }
                QueryLog.rows(action.getRequest(), added);
            } finally {
                Iter.close(quads);
            }
            answer.prefixes().putAll(query.getPrefixMapping());
            return new QueryExecResult(answer);
        }
        if (query.isDescribeType()) {
            Graph graph = exec.describe();
            if (watch.fired()) {
                throw timedOut(limit);
            }
            if (graph.size() > limits.maxRows()) {
                throw tooLarge("triples");
            }
            QueryLog.rows(action.getRequest(), graph.size());
            return new QueryExecResult(graph);
        }
        if (query.isAskType()) {
            QueryLog.rows(action.getRequest(), 1);
            return new QueryExecResult(exec.ask());
        }
        return super.executeQuery(action, exec, query, null);
    }

    private ActionErrorException tooLarge(String unit) {
        return new ActionErrorException(HttpSC.BAD_REQUEST_400, "The answer has more than " + limits.maxRows() + " "
                + unit + ", the limit of this endpoint: read it in pages with LIMIT and OFFSET, or narrow the query", null);
    }

    private static ActionErrorException timedOut(Duration limit) {
        return new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out: it was stopped after "
                + seconds(limit) + " s, the time limit of this request; narrow the query or add LIMIT", null);
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
