package fr.hautsdeseine.catalog.sparql;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * Refuses, before anything runs, the query shapes that no time limit can stop in Jena 5.6: a
 * {@code SERVICE} call (a blocked socket read ignores cancellation, and the endpoint must never
 * fetch what a query points to), and {@code *} or {@code +} property paths that ARQ computes as a
 * whole closure without looking at the cancel flag: those with both ends free, and those over a
 * negated property set (which follow every link of the store).
 */
final class QueryChecks {
    static final String SERVICE_REFUSED =
            "SERVICE (federated query) is disabled on this endpoint: it only queries the catalog";
    static final String FREE_PATH_REFUSED = "The property path %s has a variable at both ends: "
            + "bind one end to an IRI, or to a variable of an earlier triple pattern of the same group";
    static final String NEGATED_PATH_REFUSED = "The property path %s repeats a negated property set, "
            + "which follows every link of the store: name the properties to follow";

    Optional<String> refusal(Query query) {
        if (query.getQueryPattern() == null) {
            return Optional.empty(); // DESCRIBE <iri> without WHERE
        }
        try {
            check(query.getQueryPattern(), new HashSet<>());
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** {@code bound}: the variables an earlier pattern of the enclosing groups binds. */
    private void check(Element element, Set<Var> bound) {
        if (element instanceof ElementService) {
            throw new Refused(SERVICE_REFUSED);
        } else if (element instanceof ElementGroup group) {
            Set<Var> inGroup = new HashSet<>(bound);
            for (Element child : group.getElements()) {
                check(child, inGroup);
                PatternVars.vars(inGroup, child);
            }
        } else if (element instanceof ElementPathBlock block) {
            Set<Var> inBlock = new HashSet<>(bound);
            for (TriplePath triple : block.getPattern().getList()) {
                checkPath(triple, inBlock);
                addVar(inBlock, triple.getSubject());
                addVar(inBlock, triple.getObject());
            }
        } else if (element instanceof ElementUnion union) {
            union.getElements().forEach(child -> check(child, bound));
        } else if (element instanceof ElementMinus minus) {
            check(minus.getMinusElement(), new HashSet<>());
        } else if (element instanceof ElementOptional optional) {
            check(optional.getOptionalElement(), bound);
        } else if (element instanceof ElementNamedGraph graph) {
            check(graph.getElement(), bound);
        } else if (element instanceof ElementLateral lateral) {
            check(lateral.getLateralElement(), bound);
        } else if (element instanceof Element1 single) {
            check(single.getElement(), bound); // EXISTS, NOT EXISTS
        } else if (element instanceof ElementSubQuery sub) {
            if (sub.getQuery().getQueryPattern() != null) {
                check(sub.getQuery().getQueryPattern(), new HashSet<>());
            }
        } else if (element instanceof ElementFilter filter) {
            checkExpr(filter.getExpr(), bound);
        } else if (element instanceof ElementBind bind) {
            checkExpr(bind.getExpr(), bound);
        }
    }

    private void checkExpr(Expr expr, Set<Var> bound) {
        if (expr instanceof ExprFunctionOp exists) {
            check(exists.getElement(), bound);
        } else if (expr instanceof ExprFunction function) {
            checkPattern(function);
            function.getArgs().forEach(arg -> checkExpr(arg, bound));
        }
    }

    /** A constant REGEX or REPLACE pattern that the linear-time engine cannot run is refused before the query runs. */
    private static void checkPattern(ExprFunction function) {
        int patternArg = function instanceof E_Regex ? 2 : function instanceof E_StrReplace ? 2 : -1;
        if (patternArg < 0 || !function.getArg(patternArg).isConstant()) {
            return;
        }
        int flagsArg = function instanceof E_Regex ? 3 : 4;
        Expr flags = function.numArgs() >= flagsArg ? function.getArg(flagsArg) : null;
        if (flags != null && !flags.isConstant()) {
            return;
        }
        String pattern = function.getArg(patternArg).getConstant().asUnquotedString();
        String flagText = flags == null ? "" : flags.getConstant().asUnquotedString();
        LinearRegex.refusal(pattern, flagText).ifPresent(reason -> {
            throw new Refused(reason);
        });
    }

    private static void checkPath(TriplePath triple, Set<Var> bound) {
        Path path = triple.getPath();
        if (path == null || !unbounded(path)) {
            return;
        }
        if (repeatsNegatedSet(path, false)) {
            throw new Refused(NEGATED_PATH_REFUSED.formatted(path));
        }
        if (free(triple.getSubject(), bound) && free(triple.getObject(), bound)) {
            throw new Refused(FREE_PATH_REFUSED.formatted(path));
        }
    }

    private static boolean unbounded(Path path) {
        if (isRepeat(path)) {
            return true;
        }
        if (path instanceof P_Path1 one) {
            return unbounded(one.getSubPath());
        }
        if (path instanceof P_Path2 two) {
            return unbounded(two.getLeft()) || unbounded(two.getRight());
        }
        return false;
    }

    private static boolean repeatsNegatedSet(Path path, boolean insideRepeat) {
        if (path instanceof P_NegPropSet) {
            return insideRepeat;
        }
        if (path instanceof P_Path1 one) {
            return repeatsNegatedSet(one.getSubPath(), insideRepeat || isRepeat(path));
        }
        if (path instanceof P_Path2 two) {
            return repeatsNegatedSet(two.getLeft(), insideRepeat) || repeatsNegatedSet(two.getRight(), insideRepeat);
        }
        return false;
    }

    private static boolean isRepeat(Path path) {
        return path instanceof P_ZeroOrMore1 || path instanceof P_ZeroOrMoreN
                || path instanceof P_OneOrMore1 || path instanceof P_OneOrMoreN
                || (path instanceof P_Mod mod && mod.getMax() < 0);
    }

    private static boolean free(Node node, Set<Var> bound) {
        return node.isBlank() || (Var.isVar(node) && !bound.contains(Var.alloc(node)));
    }

    private static void addVar(Set<Var> vars, Node node) {
        if (Var.isVar(node)) {
            vars.add(Var.alloc(node));
        }
    }

    /** Carries a refusal out of the recursive walk. */
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
