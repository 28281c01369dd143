package fr.hautsdeseine.catalog.bench;

import java.util.List;

/**
 * One thing the suite measures, on one catalog size. A measurement whose feature does not exist yet
 * returns {@link Figure#notAvailable} rather than failing the run; adding one is adding a class to
 * {@link BenchMain#MEASUREMENTS}.
 */
interface Measurement {

    String title();

    List<Figure> measure(Workbench bench) throws Exception;
}
