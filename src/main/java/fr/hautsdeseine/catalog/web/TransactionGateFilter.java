package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.store.TransactionGate;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/** Fuseki opens its own transactions on the store: each SPARQL request runs inside the store's gate. */
final class TransactionGateFilter implements Filter {
    private final TransactionGate gate;

    TransactionGateFilter(TransactionGate gate) {
        this.gate = gate;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            gate.during(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
